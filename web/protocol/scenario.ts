import { DEFAULT_AES_BITS } from '../crypto/aes.ts';
import { DEFAULT_RSA_BITS } from '../crypto/rsa.ts';
import type { KeyCache } from './keyring.ts';
import { outcomeOf } from './outcome.ts';
import { Run } from './run.ts';
import { lockedBox } from './scenarios/locked-box.ts';
import { postcards } from './scenarios/postcards.ts';
import { DEFAULT_MESSAGE } from './scenarios/replies.ts';
import { sealedEnvelope } from './scenarios/sealed-envelope.ts';
import type { OscarPlan, ScenarioConfig, Trace } from './types.ts';

export interface ScenarioContext {
  readonly run: Run;
  readonly config: ScenarioConfig;
  readonly keys: KeyCache;
}

export interface ScenarioDefinition {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly play: (context: ScenarioContext) => Promise<void>;
}

export const SCENARIOS = {
  postcards: {
    id: 'postcards',
    title: 'Postcards',
    summary: 'Plain text on a shared wire: Oscar reads every message.',
    play: postcards,
  },
  'locked-box': {
    id: 'locked-box',
    title: 'Locked box',
    summary: 'AES-GCM with a key both already hold: Oscar reads nothing.',
    play: lockedBox,
  },
  'sealed-envelope': {
    id: 'sealed-envelope',
    title: 'Sealed envelope',
    summary: 'Alice wraps a fresh AES key with Bob’s RSA public key, then both talk over AES-GCM.',
    play: sealedEnvelope,
  },
} as const satisfies Record<string, ScenarioDefinition>;

export type ScenarioId = keyof typeof SCENARIOS;
export const SCENARIO_IDS = Object.keys(SCENARIOS) as ScenarioId[];

export function isScenarioId(value: string): value is ScenarioId {
  return Object.hasOwn(SCENARIOS, value);
}

export const DEFAULT_CONFIG: ScenarioConfig = {
  message: DEFAULT_MESSAGE,
  rsaBits: DEFAULT_RSA_BITS,
  aesBits: DEFAULT_AES_BITS,
};

export const MAX_MESSAGE_LENGTH = 20_000;

/** Why a message cannot be sent, or null when it can. */
export function messageProblem(message: string): string | null {
  if (message.trim() === '')
    return 'Type a message first: an empty message has nothing to protect.';
  if (message.length > MAX_MESSAGE_LENGTH) {
    return `That message is ${message.length.toLocaleString('en')} characters; the limit is ${MAX_MESSAGE_LENGTH.toLocaleString('en')}.`;
  }
  return null;
}

/** run(config, plan, keys) → Trace: everything in it was computed by this call. */
export async function runScenario(
  id: ScenarioId,
  config: ScenarioConfig,
  plan: OscarPlan,
  keys: KeyCache,
): Promise<Trace> {
  const problem = messageProblem(config.message);
  if (problem) throw new Error(problem);
  const run = new Run(plan);
  run.joined('alice', ...(plan.presence === 'off' ? [] : (['oscar'] as const)), 'bob');
  await SCENARIOS[id].play({ run, config, keys });
  return { scenario: id, config, plan, events: run.events, outcome: outcomeOf(run.events) };
}
