import type { AesBits } from '../crypto/aes.ts';
import type { Bytes } from '../crypto/bytes.ts';
import type { EcdhCurve } from '../crypto/ecdh.ts';
import type { Fingerprint } from '../crypto/fingerprint.ts';
import type { RsaBits } from '../crypto/rsa.ts';

export type PartyId = 'alice' | 'bob' | 'oscar' | 'ca';
export const PARTY_NAMES: Record<PartyId, string> = {
  alice: 'Alice',
  bob: 'Bob',
  oscar: 'Oscar',
  ca: 'Certificate Authority',
};

/** One labelled run of bytes inside a packet: what the inspector shows and what Oscar sees. */
export interface Field {
  readonly name: string;
  readonly bytes: Bytes;
  readonly note?: string;
}

export type PacketKind =
  | 'message'
  | 'encrypted-message'
  | 'public-key'
  | 'key-share'
  | 'wrapped-key'
  | 'verify-key'
  | 'certificate'
  | 'safety-number'
  | 'public-number'
  | 'plain-key';

/**
 * The wire passes Oscar. The phone is the out-of-band channel he cannot touch; registration
 * is what happened before the story starts (a CA issuing a certificate, a root installed).
 */
export type Channel = 'wire' | 'phone' | 'registration';

export interface Packet {
  readonly id: string;
  readonly from: PartyId;
  readonly to: PartyId;
  readonly kind: PacketKind;
  /** A noun phrase that reads well mid-sentence: "Bob’s public key", "an encrypted message". */
  readonly label: string;
  readonly encrypted: boolean;
  readonly channel: Channel;
  readonly fields: readonly Field[];
  /** Set when someone other than `from` made this packet (Oscar, posing as `from`). */
  readonly forgedBy?: PartyId;
  /** Set on packets that carry an application message, to match it with what is read. */
  readonly messageId?: string;
}

/** The public description of a key: enough to draw it and to tell keys apart. */
export interface KeyInfo {
  /** Stable id within one run, e.g. "bob/rsa" or "session". */
  readonly id: string;
  readonly kind: 'rsa-public' | 'ecdh-public' | 'signing-public' | 'aes';
  /**
   * The party really behind this key: for a public key, whoever holds its private half;
   * for a session key, whoever is really at the other end (or made it).
   */
  readonly owner: PartyId | 'shared' | 'unknown';
  readonly algorithm: string;
  readonly bits: number;
  readonly fingerprint: Fingerprint;
}

/** What Oscar does with one packet. Passive Oscar always forwards (after copying it). */
export type OscarAction =
  | { readonly do: 'forward' }
  | { readonly do: 'drop' }
  | { readonly do: 'modify'; readonly field: string; readonly byte: number; readonly xor: number }
  | { readonly do: 'replace'; readonly with: Packet }
  | { readonly do: 'replay'; readonly packetId: string };

/** Oscar's attempt to read a packet he copied, with the keys he holds at that moment. */
export interface OscarAttempt {
  readonly readable: boolean;
  readonly text?: string;
  readonly detail: string;
}

interface EventBase {
  /** One sentence for the narration log, in the words of the actor it concerns. */
  readonly narration: string;
}

export type TraceEvent = EventBase &
  (
    | { readonly type: 'joined'; readonly actor: PartyId }
    | { readonly type: 'key-generated'; readonly actor: PartyId; readonly key: KeyInfo }
    | {
        readonly type: 'key-learned';
        readonly actor: PartyId;
        readonly key: KeyInfo;
        /** Whose key the actor believes this is; differs from key.owner when Oscar swapped it. */
        readonly believedOwner: PartyId | 'shared';
      }
    | {
        readonly type: 'message-written';
        readonly actor: PartyId;
        readonly to: PartyId;
        readonly messageId: string;
        readonly text: string;
      }
    | { readonly type: 'packet-sent'; readonly actor: PartyId; readonly packet: Packet }
    | {
        readonly type: 'intercepted';
        readonly actor: 'oscar';
        readonly packet: Packet;
        readonly action: OscarAction;
        readonly attempt: OscarAttempt;
        /** What Oscar sent on in its place, when he replaced it. */
        readonly result?: Packet;
      }
    | { readonly type: 'packet-delivered'; readonly actor: PartyId; readonly packet: Packet }
    | {
        readonly type: 'check';
        readonly actor: PartyId;
        readonly check: string;
        readonly passed: boolean;
        readonly detail: string;
        readonly packetId?: string;
      }
    | {
        readonly type: 'message-read';
        readonly actor: PartyId;
        readonly messageId: string;
        readonly text: string;
        /** True when the text read is exactly what its sender wrote. */
        readonly genuine: boolean;
      }
    | {
        readonly type: 'message-rejected';
        readonly actor: PartyId;
        readonly messageId: string;
        readonly reason: string;
      }
    | {
        readonly type: 'aborted';
        readonly actor: PartyId;
        readonly reason: string;
        readonly check?: string;
      }
    | ({ readonly type: 'secret-recovered'; readonly actor: 'oscar' } & SecretRecovery)
    | ({ readonly type: 'search-measured'; readonly actor: 'oscar' } & SearchCost)
  );

/** Oscar's discrete-log searches on fresh secrets at one size of p, counted together. */
export interface SearchCost {
  readonly bits: number;
  readonly searches: number;
  /** Exponents tried, over all the searches. */
  readonly tries: number;
}

/** Oscar worked a secret out of numbers he copied (the toy exchanges): how, and at what cost. */
export interface SecretRecovery {
  readonly method: 'division' | 'discrete-log search';
  /** Bits of the public modulus (or of the common number n). */
  readonly bits: number;
  /** Divisions, or exponents tried. */
  readonly tries: number;
  /** The secret he found, in decimal. */
  readonly secret: string;
}

export type TraceEventType = TraceEvent['type'];

export interface Outcome {
  /** Application messages sent (key transport does not count). */
  readonly sent: number;
  /** Messages their intended recipient read exactly as written. */
  readonly delivered: number;
  readonly deliveredToBob: number;
  readonly readByOscar: number;
  readonly rejected: number;
  /** Messages a recipient accepted whose text its sender never wrote. */
  readonly forgedAccepted: number;
  readonly detectedBy?: string;
  /** Secrets Oscar computed from public numbers, in order (toy exchanges only). */
  readonly recoveries?: readonly SecretRecovery[];
  /** What Oscar's searches cost at each size of p, when the run measured it. */
  readonly searchCosts?: readonly SearchCost[];
}

export interface Trace {
  readonly scenario: string;
  readonly config: ScenarioConfig;
  readonly plan: OscarPlan;
  readonly events: readonly TraceEvent[];
  readonly outcome: Outcome;
}

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
}

/**
 * Oscar's plan. `off`: the wire is private. `passive`: he copies every packet, tries to read
 * it with what he holds, and forwards it unchanged. Active strategies (swapping keys,
 * modifying, dropping, replaying) are further members of this union, each choosing an
 * OscarAction per packet, so the engine does not change when an attack is added.
 */
export type OscarPlan =
  | { readonly presence: 'off' }
  /** `guesses`: texts he checks against any signature he sees in the clear. */
  | { readonly presence: 'passive'; readonly guesses?: readonly string[] }
  /** He swaps public keys, holds a session key with each side, and re-encrypts every message. */
  | {
      readonly presence: 'mitm';
      readonly forgery?: CertificateForgery;
      /** A certificate pasted by the user, presented in place of Bob's (overrides `forgery`). */
      readonly pastedCertificate?: Bytes;
    }
  /** He XORs one byte of Alice's first message in flight (its ciphertext, or its text). */
  | { readonly presence: 'tamper'; readonly byte: number; readonly xor: number }
  /** He throws Alice's first message away and sends one he wrote, in her name. */
  | { readonly presence: 'forge'; readonly text: string };
export const OSCAR_PRESENCES: readonly OscarPresence[] = [
  'off',
  'passive',
  'mitm',
  'tamper',
  'forge',
];
export type OscarPresence = OscarPlan['presence'];
