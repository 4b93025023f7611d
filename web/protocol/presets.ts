import { utf8Encode } from '../crypto/encoding.ts';
import { DEFAULT_AES_BITS, DEFAULT_RSA_BITS } from '../crypto/key-sizes.ts';
import { codePointName, loneSurrogateAt } from '../text/text.ts';
import type { ScenarioConfig, ScriptStep } from './config-types.ts';
import { DEFAULT_FORGERY } from './fixed-texts.ts';
import type { OscarPlan, OscarPresence } from './oscar/plan.ts';

export const DEFAULT_MESSAGE = 'I will meet you at the central square at 3 PM.';

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

const NINE = 0x39;
const ONE = 0x31;

/**
 * Oscar's default edit of the message actually sent: its first digit becomes a 9 (a 9 becomes
 * a 1), so "pay 100 to Carol" arrives as "pay 900 to Carol". The byte is counted in the
 * message's UTF-8 bytes, as the tamperer counts them in the text or in CTR's ciphertext.
 * A message without a digit gets the lowest bit of its first byte flipped.
 */
export function defaultTamper(message: string): { readonly byte: number; readonly xor: number } {
  const bytes = utf8Encode(message);
  const byte = bytes.findIndex((b) => b >= 0x30 && b <= NINE);
  if (byte === -1) return { byte: 0, xor: 0x01 };
  const digit = bytes[byte] ?? NINE;
  return { byte, xor: digit ^ (digit === NINE ? ONE : NINE) };
}

/** The order the tampering preset sends, and Oscar's edit of it. */
const TAMPERED_ORDER = 'pay 100 to Carol';

export interface Preset {
  readonly title: string;
  readonly summary: string;
  readonly config: Partial<ScenarioConfig>;
  readonly plan: OscarPlan;
}

/** Named configurations: what `npm run trace -- <name>` runs, and where lessons start. */
export const PRESETS = {
  postcards: {
    title: 'Postcards',
    summary: 'Plain text on a shared wire: Oscar reads every message.',
    config: { keyExchange: 'none', check: 'off' },
    plan: { presence: 'passive' },
  },
  'locked-box': {
    title: 'Locked box',
    summary: 'AES-GCM with a key both already hold: Oscar cannot read the text.',
    config: { keyExchange: 'pre-shared', check: 'off' },
    plan: { presence: 'passive' },
  },
  'sealed-envelope': {
    title: 'Sealed envelope',
    summary: 'Alice wraps a fresh AES key with Bob’s RSA public key, then both talk over AES-GCM.',
    config: { keyExchange: 'rsa', check: 'off' },
    plan: { presence: 'passive' },
  },
  'mixing-secrets': {
    title: 'Mixing secrets',
    summary: 'ECDH: both sides derive the same key from public values; a passive Oscar cannot.',
    config: { keyExchange: 'ecdh', check: 'off' },
    plan: { presence: 'passive' },
  },
  'toy-multiplication': {
    title: 'Seed 001’s multiplication',
    summary: 'n, a × n and b × n on the wire: Oscar divides by n and reads everything.',
    config: { keyExchange: 'none', check: 'off' },
    plan: { presence: 'passive' },
  },
  'toy-diffie-hellman': {
    title: 'Toy Diffie-Hellman',
    summary:
      'g^a and g^b modulo an 8-bit prime: Oscar searches the exponents and reads everything.',
    config: { keyExchange: 'none', check: 'off' },
    plan: { presence: 'passive' },
  },
  'toy-diffie-hellman-cost': {
    title: 'Toy Diffie-Hellman, the cost',
    summary: 'The toy exchange, then Oscar counts his search at 8, 12 and 16 bits.',
    config: { keyExchange: 'none', check: 'off' },
    plan: { presence: 'passive' },
  },
  'key-in-the-clear': {
    title: 'A key on a postcard',
    summary: 'Alice sends the AES key in the clear first: Oscar copies it and reads everything.',
    config: { keyExchange: 'none', check: 'off' },
    plan: { presence: 'passive' },
  },
  'oscar-in-the-middle': {
    title: 'Oscar in the middle',
    summary:
      'Oscar swaps the public keys, holds a session key with each side and reads everything.',
    config: { keyExchange: 'rsa', check: 'off' },
    plan: { presence: 'mitm' },
  },
  'compare-fingerprints': {
    title: 'Compare fingerprints',
    summary: 'Safety numbers compared over the phone expose the swap: Alice and Bob abort.',
    config: { keyExchange: 'rsa', check: 'out-of-band' },
    plan: { presence: 'mitm' },
  },
  tampering: {
    title: 'Tampering',
    summary:
      'Oscar flips a byte in flight: AES-CTR lets “pay 100” become “pay 900”, AES-GCM rejects it.',
    config: {
      keyExchange: 'pre-shared',
      check: 'off',
      cipher: 'aes-ctr',
      message: TAMPERED_ORDER,
    },
    plan: { presence: 'tamper', ...defaultTamper(TAMPERED_ORDER) },
  },
  signatures: {
    title: 'Signatures',
    summary:
      'Seed 004’s packet: nonce ‖ RSA-PSS signature ‖ ciphertext, and what the clear signature gives away.',
    config: {
      keyExchange: 'rsa',
      check: 'off',
      signatures: 'rsa-pss',
      signaturePlacement: 'clear',
      message: 'pay 100 to Carol',
    },
    plan: {
      presence: 'passive',
      guesses: ['pay 50 to Carol', 'pay 100 to Carol', 'pay 900 to Carol'],
    },
  },
  'certificate-authority': {
    title: 'Certificate authority',
    summary:
      'Bob’s key comes in an X.509 certificate that Alice checks against a root she already trusts.',
    config: { keyExchange: 'rsa', check: 'off', certificates: 'on' },
    plan: { presence: 'mitm', forgery: 'self-signed' },
  },
  handshake: {
    title: 'A whole handshake',
    summary:
      'Seed 003: HELLO, HELLO+ACK, ACK, a wrapped AES key, signed and encrypted messages, CLOSE.',
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
    title: 'Replay',
    summary:
      'Oscar sends Alice’s signed, encrypted “pay 100 to Carol” again: Bob pays twice, until sequence numbers stop him.',
    config: {
      keyExchange: 'pre-shared',
      cipher: 'aes-gcm',
      signatures: 'ecdsa',
      signaturePlacement: 'inside',
      message: 'pay 100 to Carol',
    },
    plan: { presence: 'replay' },
  },
  'two-sessions': {
    title: 'Two sessions',
    summary:
      'Two sessions under one pre-shared key, Oscar following a script of moves (--moves): by default he puts session 1’s order 2 in the place of session 2’s.',
    config: {
      keyExchange: 'pre-shared',
      cipher: 'aes-gcm',
      signatures: 'ecdsa',
      signaturePlacement: 'inside',
      sequenceNumbers: 'on',
      message: 'pay 100 to Carol',
    },
    plan: { presence: 'scripted', steps: SPLICE_SECOND_SESSION },
  },
  'forward-secrecy': {
    title: 'Forward secrecy',
    summary:
      'Oscar records a session today and steals Bob’s long-term key a year later: RSA transport opens, ephemeral ECDH does not.',
    config: { keyExchange: 'rsa' },
    plan: { presence: 'steal-key-later' },
  },
  'nonce-reuse': {
    title: 'Nonce reuse',
    summary:
      'A deliberate mistake: messages under one key and one nonce. The XOR of two ciphertexts is the XOR of their plaintexts; under GCM two tags narrow the hash key H down to a few candidates.',
    config: { keyExchange: 'pre-shared', cipher: 'aes-ctr', message: 'pay 100 to Carol' },
    plan: { presence: 'reuse-nonce' },
  },
  relays: {
    title: 'Relays',
    summary:
      'Seed 002: two brokers relay messages under one group key; every broker reads everything.',
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
export function messageProblem(message: string): string | null {
  if (message.trim() === '')
    return 'Type a message first: an empty message has nothing to protect.';
  if (message.length > MAX_MESSAGE_LENGTH) {
    return `That message is ${message.length.toLocaleString('en')} characters; the limit is ${MAX_MESSAGE_LENGTH.toLocaleString('en')}.`;
  }
  const lone = loneSurrogateAt(message);
  if (lone !== -1) {
    // Encoding would silently turn it into U+FFFD, so Bob could never read what was written.
    return `That message is not well-formed Unicode: character ${(lone + 1).toLocaleString('en')} is ${codePointName(message.charCodeAt(lone))}, half of a surrogate pair, which cannot be encoded as UTF-8. Remove it or type that character again.`;
  }
  return null;
}

/**
 * The plan for a presence chosen in the controls, with defaults for the active ones; the
 * tamperer's edit is made for `message`, the one Alice will send.
 */
export function planFor(presence: OscarPresence, message: string): OscarPlan {
  if (presence === 'tamper') return { presence, ...defaultTamper(message) };
  if (presence === 'forge') return { presence, text: DEFAULT_FORGERY };
  if (presence === 'scripted') return { presence, steps: [] };
  return { presence };
}
