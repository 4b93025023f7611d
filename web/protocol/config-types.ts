// The settings a run is made of: how the parties protect themselves, and Oscar's plan.
import type { AesBits } from '../crypto/aes.ts';
import type { Bytes } from '../crypto/bytes.ts';
import type { EcdhCurve } from '../crypto/ecdh.ts';
import type { RsaBits } from '../crypto/rsa.ts';
import type { StrategyId } from './oscar/registry.ts';
import type { PartyId } from './types.ts';

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

/**
 * Oscar's plan. `off`: the wire is private. `passive`: he copies every packet, tries to read
 * it with what he holds, and forwards it unchanged. Active strategies (swapping keys,
 * modifying, dropping, replaying) are further members of this union, each choosing an
 * OscarAction per packet, so the engine does not change when an attack is added.
 */
export type OscarPlan =
  | { readonly presence: 'off' }
  /**
   * `guesses`: texts he checks against any signature he sees in the clear. `stolenFrom`:
   * before the run he copied every key that party holds (through relays).
   */
  | {
      readonly presence: 'passive';
      readonly guesses?: readonly string[];
      readonly stolenFrom?: PartyId;
    }
  /** He swaps public keys, holds a session key with each side, and re-encrypts every message. */
  | {
      readonly presence: 'mitm';
      readonly forgery?: CertificateForgery;
      /** A certificate pasted by the user, presented in place of Bob's (overrides `forgery`). */
      readonly pastedCertificate?: Bytes;
    }
  /** He XORs one byte of Alice's first message in flight (its ciphertext, or its text). */
  | { readonly presence: 'tamper'; readonly byte: number; readonly xor: number }
  /**
   * He throws Alice's first message away and sends one he wrote, in her name, sealed under a
   * key he holds that opens it if he has one. `stolenFrom`: as for `passive`.
   */
  | { readonly presence: 'forge'; readonly text: string; readonly stolenFrom?: PartyId }
  /**
   * He lets Alice's first message through and sends his copy again. `rewriteSequence`: he
   * changes its sequence number to the next one Bob expects.
   */
  | { readonly presence: 'replay'; readonly rewriteSequence?: boolean }
  /**
   * A script of steps, each a search move on one packet or afterwards: the shape of "Oscar's
   * best attack" (web/protocol/matrix/search.ts).
   */
  | { readonly presence: 'scripted'; readonly steps: readonly ScriptStep[] }
  /**
   * He records everything and steals Bob's keys a year later. `nextSession`: the scenario
   * then plays one more session, and he sits in its middle with what he stole.
   */
  | { readonly presence: 'steal-key-later'; readonly nextSession?: boolean }
  /** He knows what one message says (`known`) and looks for a second under the same IV. */
  | { readonly presence: 'reuse-nonce'; readonly known?: string }
  /** Strategies without options: their module in ./oscar/ says what they do. */
  | {
      readonly presence: Exclude<
        StrategyId,
        | 'passive'
        | 'mitm'
        | 'tamper'
        | 'forge'
        | 'replay'
        | 'reuse-nonce'
        | 'scripted'
        | 'steal-key-later'
      >;
    };
/** Oscar's choices for the two-party conversation (the sandbox's list and the oracle's). */
export const OSCAR_PRESENCES: readonly OscarPresence[] = [
  'off',
  'passive',
  'mitm',
  'tamper',
  'forge',
];
/** 'off', or an Oscar strategy's id (./oscar/registry.ts). */
export type OscarPresence = 'off' | StrategyId;
