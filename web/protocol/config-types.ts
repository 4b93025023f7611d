// The settings a run is made of: how the parties protect themselves (Oscar's plan: oscar/plan.ts).
import type { AesBits } from '../crypto/aes.ts';
import type { EcdhCurve } from '../crypto/ecdh.ts';
import type { RsaBits } from '../crypto/rsa.ts';

/** How Alice and Bob come to share a session key. */
export type KeyExchange = 'none' | 'pre-shared' | 'rsa' | 'ecdh';
export const KEY_EXCHANGES: readonly KeyExchange[] = ['none', 'pre-shared', 'rsa', 'ecdh'];

/** Whether (and over which channel) they compare safety numbers before talking. */
export type FingerprintCheck = 'off' | 'in-band' | 'out-of-band';
export const FINGERPRINT_CHECKS: readonly FingerprintCheck[] = ['off', 'in-band', 'out-of-band'];

export type CurveChoice = 'auto' | EcdhCurve;

/** AES-GCM authenticates; AES-CTR does not, so a changed bit goes unnoticed. */
export type CipherChoice = 'aes-gcm' | 'aes-ctr';
export const CIPHERS: readonly CipherChoice[] = ['aes-gcm', 'aes-ctr'];

export type SignatureChoice = 'off' | 'rsa-pss' | 'ecdsa' | 'ed25519';
export const SIGNATURE_CHOICES: readonly SignatureChoice[] = ['off', 'rsa-pss', 'ecdsa', 'ed25519'];

/**
 * Where a message's signature travels: `clear` is seed 004's layout (nonce ‖ signature ‖
 * ciphertext, the signature over the plaintext, readable by anyone); `inside` encrypts it
 * together with the message.
 */
export type SignaturePlacement = 'clear' | 'inside';

/** Whether Bob proves his key with a certificate from a CA that Alice trusts in advance. */
export type CertificatesChoice = 'off' | 'on';

/** What Oscar presents in place of Bob's certificate. */
export type CertificateForgery =
  | 'no-certificate'
  | 'self-signed'
  | 'own-certificate'
  | 'replace-key'
  | 'expired'
  | 'compromised-ca';
export const CERTIFICATE_FORGERIES: readonly CertificateForgery[] = [
  'no-certificate',
  'self-signed',
  'own-certificate',
  'replace-key',
  'expired',
  'compromised-ca',
];

export interface ScenarioConfig {
  /** What Alice writes; the scenario's other messages are fixed replies. */
  readonly message: string;
  readonly keyExchange: KeyExchange;
  readonly check: FingerprintCheck;
  readonly rsaBits: RsaBits;
  readonly aesBits: AesBits;
  /** ECDH curve; "auto" is X25519 where the browser has it, else P-256. */
  readonly curve: CurveChoice;
  readonly cipher: CipherChoice;
  readonly signatures: SignatureChoice;
  readonly signaturePlacement: SignaturePlacement;
  readonly certificates: CertificatesChoice;
  /** The protocol: a conversation (seeds 000, 001, 004) or seed 003's handshake. */
  readonly protocol: ProtocolChoice;
  /** Alice and Bob on one wire, or through two relays (seed 002's brokers). */
  readonly topology: TopologyChoice;
  /** Through relays: who holds the key that opens a message. */
  readonly relayMode: RelayMode;
  /** Where Oscar sits: a link id, a relay id, or "wire" for the one direct link. */
  readonly oscarAt: string;
  /** Seed 003 assumes each side holds the other's genuine public key before HELLO. */
  readonly publicKeys: PublicKeysChoice;
  /** The server signs the handshake so far (HELLO … wrapped key); the client checks it. */
  readonly transcript: TranscriptChoice;
  /** CLOSE carries the number of messages sent, signed by the client. */
  readonly closeAuth: CloseAuthChoice;
  /**
   * TLS 1.3's shape on seed 003: a running transcript hash, traffic keys from HKDF, Finished
   * both ways, records numbered by their nonce, and close_notify as the last record.
   */
  readonly keySchedule: KeyScheduleChoice;
  /**
   * Each message carries a number, in the GCM associated data and the signed bytes (so it is
   * authenticated only when a tag or a signature covers it); `bound` also puts the session id
   * and the direction there, so a number from another session or the other way is refused.
   */
  readonly sequenceNumbers: SequenceChoice;
  /** ECDH key pairs made fresh for each run and thrown away (on), or kept and reused (off). */
  readonly ephemeral: OnOff;
}

export type OnOff = 'off' | 'on';
export type SequenceChoice = 'off' | 'on' | 'bound';

/**
 * One step of a scripted Oscar: the search move `move` (declared by a strategy module, see
 * oscar/search-move.ts) on the `at`-th packet he intercepts (0-based), or, with `at` null,
 * after the conversation. Every packet without a step he lets through.
 */
export interface ScriptStep {
  readonly at: number | null;
  readonly move: string;
  /**
   * What `at` counts: every packet he intercepts (absent, the search's way), or only Alice's
   * messages, each once, in the order they first reach him (a script written by hand).
   */
  readonly counting?: 'alices-messages';
}

export type ProtocolChoice = 'conversation' | 'handshake';
export type TopologyChoice = 'direct' | 'two-relays';
/**
 * Through relays, who holds the key that opens a message: `group-key` (seed 002) one key that
 * all four parties hold; `hop-by-hop` a key per link, each relay re-encrypting for the next;
 * `end-to-end` only Alice and Bob.
 */
export type RelayMode = 'group-key' | 'hop-by-hop' | 'end-to-end';
export type PublicKeysChoice = 'known-in-advance' | 'sent-in-hello';
export type TranscriptChoice = 'off' | 'signed';
export type CloseAuthChoice = 'off' | 'signed';
export type KeyScheduleChoice = 'off' | 'tls13';
