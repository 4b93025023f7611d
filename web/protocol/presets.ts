import { DEFAULT_AES_BITS, DEFAULT_RSA_BITS } from '../crypto/key-sizes.ts';
import { type SettingText, settingSays } from '../text/messages/settings.ts';
import { GUESSED_ORDERS, PAYMENT_ORDER } from '../text/spoken.ts';
import { codePointName, loneSurrogateAt } from '../text/text.ts';
import type { ScenarioConfig, ScriptStep } from './config-types.ts';
import { DEFAULT_MESSAGE } from './fixed-texts.ts';
import { defaultTamper } from './oscar/default-tamper.ts';
import type { OscarPlan } from './oscar/plan.ts';
import type { ScenarioId } from './scenarios/names.ts';

export { DEFAULT_MESSAGE };

export const DEFAULT_CONFIG: ScenarioConfig = {
  message: DEFAULT_MESSAGE,
  keyExchange: 'rsa',
  check: 'off',
  rsaBits: DEFAULT_RSA_BITS,
  aesBits: DEFAULT_AES_BITS,
  curve: 'auto',
  cipher: 'aes-gcm',
  signatures: 'off',
  signaturePlacement: 'clear',
  certificates: 'off',
  protocol: 'conversation',
  topology: 'direct',
  relayMode: 'hop-by-hop',
  oscarAt: 'wire',
  publicKeys: 'known-in-advance',
  transcript: 'off',
  closeAuth: 'off',
  keySchedule: 'off',
  sequenceNumbers: 'off',
  ephemeral: 'on',
};

/**
 * A cross-session splice: Alice's four orders pass, except the last (her fourth message),
 * which Oscar replaces with the one recorded with the same sequence number in the session
 * before (session 1's order 2).
 */
export const SPLICE_SECOND_SESSION: readonly ScriptStep[] = [
  { at: 3, move: 'splice', counting: 'alices-messages' },
];

/** The order the tampering preset sends, and Oscar's edit of it. */
const TAMPERED_ORDER = PAYMENT_ORDER;

export interface Preset {
  /**
   * The scenario it runs. The conversation is where the settings start: their protocol and
   * topology may still make it seed 003's handshake or the relays (scenarios/registry.ts).
   */
  readonly scenario: ScenarioId;
  readonly config: Partial<ScenarioConfig>;
  readonly plan: OscarPlan;
}

/**
 * Named configurations: what `npm run trace -- <name>` runs, and where lessons start. What each
 * one shows, in words, is in the catalogue (web/text/messages/presets.ts, keys named by
 * preset-summaries.ts); the page never shows it, so never loads it.
 */
export const PRESETS = {
  postcards: {
    scenario: 'conversation',
    config: { keyExchange: 'none', check: 'off' },
    plan: { presence: 'passive' },
  },
  'locked-box': {
    scenario: 'conversation',
    config: { keyExchange: 'pre-shared', check: 'off' },
    plan: { presence: 'passive' },
  },
  'sealed-envelope': {
    scenario: 'conversation',
    config: { keyExchange: 'rsa', check: 'off' },
    plan: { presence: 'passive' },
  },
  'mixing-secrets': {
    scenario: 'conversation',
    config: { keyExchange: 'ecdh', check: 'off' },
    plan: { presence: 'passive' },
  },
  'toy-multiplication': {
    scenario: 'toy-multiplication',
    config: { keyExchange: 'none', check: 'off' },
    plan: { presence: 'passive' },
  },
  'toy-diffie-hellman': {
    scenario: 'toy-diffie-hellman',
    config: { keyExchange: 'none', check: 'off' },
    plan: { presence: 'passive' },
  },
  'toy-diffie-hellman-cost': {
    scenario: 'toy-diffie-hellman-cost',
    config: { keyExchange: 'none', check: 'off' },
    plan: { presence: 'passive' },
  },
  'key-in-the-clear': {
    scenario: 'key-in-the-clear',
    config: { keyExchange: 'none', check: 'off' },
    plan: { presence: 'passive' },
  },
  'oscar-in-the-middle': {
    scenario: 'conversation',
    config: { keyExchange: 'rsa', check: 'off' },
    plan: { presence: 'mitm' },
  },
  'compare-fingerprints': {
    scenario: 'conversation',
    config: { keyExchange: 'rsa', check: 'out-of-band' },
    plan: { presence: 'mitm' },
  },
  tampering: {
    scenario: 'conversation',
    config: {
      keyExchange: 'pre-shared',
      check: 'off',
      cipher: 'aes-ctr',
      message: TAMPERED_ORDER,
    },
    plan: { presence: 'tamper', ...defaultTamper(TAMPERED_ORDER) },
  },
  signatures: {
    scenario: 'conversation',
    config: {
      keyExchange: 'rsa',
      check: 'off',
      signatures: 'rsa-pss',
      signaturePlacement: 'clear',
      message: PAYMENT_ORDER,
    },
    plan: {
      presence: 'passive',
      guesses: [...GUESSED_ORDERS],
    },
  },
  'certificate-authority': {
    scenario: 'conversation',
    config: { keyExchange: 'rsa', check: 'off', certificates: 'on' },
    plan: { presence: 'mitm', forgery: 'self-signed' },
  },
  handshake: {
    scenario: 'handshake',
    config: {
      protocol: 'handshake',
      signatures: 'rsa-pss',
      signaturePlacement: 'inside',
      cipher: 'aes-gcm',
      publicKeys: 'known-in-advance',
    },
    plan: { presence: 'passive' },
  },
  replay: {
    scenario: 'replay',
    config: {
      keyExchange: 'pre-shared',
      cipher: 'aes-gcm',
      signatures: 'ecdsa',
      signaturePlacement: 'inside',
      message: PAYMENT_ORDER,
    },
    plan: { presence: 'replay' },
  },
  'two-sessions': {
    scenario: 'two-sessions',
    config: {
      keyExchange: 'pre-shared',
      cipher: 'aes-gcm',
      signatures: 'ecdsa',
      signaturePlacement: 'inside',
      sequenceNumbers: 'on',
      message: PAYMENT_ORDER,
    },
    plan: { presence: 'scripted', steps: SPLICE_SECOND_SESSION },
  },
  'forward-secrecy': {
    scenario: 'conversation',
    config: { keyExchange: 'rsa' },
    plan: { presence: 'steal-key-later' },
  },
  'nonce-reuse': {
    scenario: 'nonce-reuse',
    config: { keyExchange: 'pre-shared', cipher: 'aes-ctr', message: PAYMENT_ORDER },
    plan: { presence: 'reuse-nonce' },
  },
  relays: {
    scenario: 'relays',
    config: { topology: 'two-relays', relayMode: 'group-key', oscarAt: 'broker-1-broker-2' },
    plan: { presence: 'passive' },
  },
} as const satisfies Record<string, Preset>;

export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export function isPresetId(value: string): value is PresetId {
  return Object.hasOwn(PRESETS, value);
}

export function presetConfig(id: PresetId): ScenarioConfig {
  return { ...DEFAULT_CONFIG, ...PRESETS[id].config };
}

export const MAX_MESSAGE_LENGTH = 20_000;

/** Why a message cannot be sent, or null when it can. */
export function messageProblem(message: string): SettingText | null {
  if (message.trim() === '') return settingSays('message.empty');
  if (message.length > MAX_MESSAGE_LENGTH)
    return settingSays('message.too-long', {
      length: message.length,
      limit: MAX_MESSAGE_LENGTH,
    });
  const lone = loneSurrogateAt(message);
  if (lone !== -1) {
    // Encoding would silently turn it into U+FFFD, so Bob could never read what was written.
    return settingSays('message.lone-surrogate', {
      at: lone + 1,
      code: codePointName(message.charCodeAt(lone)),
    });
  }
  return null;
}
