import type { ScenarioConfig } from '../config-types.ts';

/** The configurations whose exported models are kept as golden files (golden/<name>.vp). */
export const GOLDEN_CONFIGS: Readonly<Record<string, Partial<ScenarioConfig>>> = {
  defaults: {},
  'ecdh-no-check': { keyExchange: 'ecdh' },
  'ecdh-by-phone': { keyExchange: 'ecdh', check: 'out-of-band' },
  'rsa-certificates': { certificates: 'on' },
  'clear-signed': { keyExchange: 'none', signatures: 'ecdsa' },
  'pre-shared-ctr-numbered': {
    keyExchange: 'pre-shared',
    cipher: 'aes-ctr',
    sequenceNumbers: 'on',
  },
  'every-defence': {
    keyExchange: 'ecdh',
    check: 'out-of-band',
    certificates: 'on',
    signatures: 'ecdsa',
    signaturePlacement: 'inside',
    sequenceNumbers: 'on',
  },
  'ecdh-static-signed-clear': {
    keyExchange: 'ecdh',
    ephemeral: 'off',
    signatures: 'ed25519',
    signaturePlacement: 'clear',
  },
};
