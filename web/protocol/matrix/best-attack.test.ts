import { describe, expect, it } from 'vitest';
import { KeyCache } from '../keyring.ts';
import type { ScenarioConfig } from '../types.ts';
import { scriptsOf, searchBestAttack } from './best-attack.ts';
import { MATRIX_DEFAULTS } from './defences.ts';

const keys = new KeyCache();
const defences = (change: Partial<ScenarioConfig>): ScenarioConfig => ({
  ...MATRIX_DEFAULTS,
  rsaBits: 1024,
  ...change,
});

describe('Oscar’s best attack: iterative deepening over scripts, at most 4 actions', () => {
  it('enumerates each script once', () => {
    for (let n = 1; n <= 4; n++) {
      const scripts = [...scriptsOf(n)].map((s) => s.join(','));
      expect(new Set(scripts).size).toBe(scripts.length);
      expect(scripts.every((s) => s.split(',').length === n)).toBe(true);
    }
  });

  it('without sequence numbers, one action wins: a replay', async () => {
    const best = await searchBestAttack(defences({ keyExchange: 'ecdh' }), keys);
    expect(best.found?.moves).toHaveLength(1);
    expect(best.found?.confirmed).toBe(true);
  });

  it('RSA transport with every message defence on: stealing the key later is one action', async () => {
    const best = await searchBestAttack(
      defences({ sequenceNumbers: 'on', signatures: 'ecdsa', signaturePlacement: 'inside' }),
      keys,
    );
    expect(best.found?.moves).toEqual(['steal']);
  });

  it('a pre-shared key is long-term too: stolen afterwards, it opens both sessions', async () => {
    const best = await searchBestAttack(
      defences({ keyExchange: 'pre-shared', sequenceNumbers: 'on' }),
      keys,
    );
    expect(best.found?.moves).toEqual(['steal']);
    expect(best.found?.verdict.read).toBe(4);
  });

  it('ephemeral ECDH, AES-GCM, signatures and numbers: he drops the last order of a session, unnoticed', async () => {
    // Sequence numbers show a gap only when a later message arrives: nothing follows the last.
    const best = await searchBestAttack(
      defences({
        keyExchange: 'ecdh',
        sequenceNumbers: 'on',
        signatures: 'ecdsa',
        signaturePlacement: 'inside',
      }),
      keys,
    );
    expect(best.found?.moves).toEqual(['pass', 'drop']);
    expect(best.found?.verdict).toMatchObject({ read: 0, accepted: 0, lost: 1, detectedBy: null });
    expect(best.found?.confirmed).toBe(true);
  });
});
