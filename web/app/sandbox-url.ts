import { isAesBits } from '../crypto/aes.ts';
import { isRsaBits } from '../crypto/rsa.ts';
import { DEFAULT_CONFIG, DEFAULT_MESSAGE, messageProblem, planFor } from '../protocol/presets.ts';
import {
  CERTIFICATE_FORGERIES,
  CIPHERS,
  FINGERPRINT_CHECKS,
  KEY_EXCHANGES,
  OSCAR_PRESENCES,
  type OscarPlan,
  type ScenarioConfig,
  SIGNATURE_CHOICES,
} from '../protocol/types.ts';

export interface SandboxState {
  readonly config: ScenarioConfig;
  readonly plan: OscarPlan;
}

export const SANDBOX_DEFAULT: SandboxState = {
  config: { ...DEFAULT_CONFIG, message: DEFAULT_MESSAGE },
  plan: { presence: 'mitm' },
};

const CURVES = ['auto', 'P-256', 'X25519'] as const;
const PLACEMENTS = ['clear', 'inside'] as const;

function pick<T extends string>(
  value: string | null,
  allowed: readonly T[],
  name: string,
  problems: string[],
): T | undefined {
  if (value === null) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`“${name}=${value}” is not one of ${allowed.join(', ')}; the default is used.`);
  return undefined;
}

/**
 * Reads the sandbox settings from the query part of the hash. Every value is checked
 * against the choices the engine knows; anything else is reported and replaced by the default.
 */
export function parseSandbox(query: string): { state: SandboxState; problems: string[] } {
  const params = new URLSearchParams(query);
  const problems: string[] = [];
  const config: { -readonly [K in keyof ScenarioConfig]: ScenarioConfig[K] } = {
    ...SANDBOX_DEFAULT.config,
  };
  const set = <K extends keyof ScenarioConfig>(key: K, value: ScenarioConfig[K] | undefined) => {
    if (value !== undefined) config[key] = value;
  };
  set('keyExchange', pick(params.get('exchange'), KEY_EXCHANGES, 'exchange', problems));
  set('check', pick(params.get('check'), FINGERPRINT_CHECKS, 'check', problems));
  set('cipher', pick(params.get('cipher'), CIPHERS, 'cipher', problems));
  set('signatures', pick(params.get('signatures'), SIGNATURE_CHOICES, 'signatures', problems));
  set('signaturePlacement', pick(params.get('placement'), PLACEMENTS, 'placement', problems));
  set('curve', pick(params.get('curve'), CURVES, 'curve', problems));
  set(
    'certificates',
    pick(params.get('certificates'), ['off', 'on'] as const, 'certificates', problems),
  );
  for (const [name, test, key] of [
    ['rsa', isRsaBits, 'rsaBits'],
    ['aes', isAesBits, 'aesBits'],
  ] as const) {
    const raw = params.get(name);
    if (raw === null) continue;
    const bits = Number(raw);
    if (test(bits)) set(key, bits as never);
    else problems.push(`“${name}=${raw}” is not a key size offered here; the default is used.`);
  }
  const message = params.get('message');
  if (message !== null) {
    const problem = messageProblem(message);
    if (problem) problems.push(`The message in the link was not used: ${problem}`);
    else config.message = message;
  }
  const presence = pick(params.get('oscar'), OSCAR_PRESENCES, 'oscar', problems);
  const plan = presence ? planFor(presence) : SANDBOX_DEFAULT.plan;
  const forgery = pick(params.get('forgery'), CERTIFICATE_FORGERIES, 'forgery', problems);
  return {
    state: { config, plan: forgery && plan.presence === 'mitm' ? { ...plan, forgery } : plan },
    problems,
  };
}

/** The query that reproduces these settings (defaults left out, so links stay short). */
export function formatSandbox({ config, plan }: SandboxState): string {
  const params = new URLSearchParams();
  const d = SANDBOX_DEFAULT.config;
  const add = (name: string, value: string | number, fallback: string | number) => {
    if (value !== fallback) params.set(name, String(value));
  };
  add('exchange', config.keyExchange, d.keyExchange);
  add('oscar', plan.presence, SANDBOX_DEFAULT.plan.presence);
  add('check', config.check, d.check);
  add('cipher', config.cipher, d.cipher);
  add('signatures', config.signatures, d.signatures);
  add('placement', config.signaturePlacement, d.signaturePlacement);
  add('curve', config.curve, d.curve);
  add('certificates', config.certificates, d.certificates);
  add('rsa', config.rsaBits, d.rsaBits);
  add('aes', config.aesBits, d.aesBits);
  add('message', config.message, d.message);
  if (plan.presence === 'mitm' && plan.forgery) params.set('forgery', plan.forgery);
  return params.toString();
}
