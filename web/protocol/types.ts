import type { Bytes } from '../crypto/bytes.ts';
import type { Fingerprint } from '../crypto/fingerprint.ts';
import type { EngineText } from '../text/messages/engine.ts';

import type { CheckId } from './checks.ts';
import type { OscarPlan, ScenarioConfig } from './config-types.ts';

// The run's settings are declared in config-types.ts; everything that imports types.ts sees them.
export * from './config-types.ts';

/**
 * A party's id: lower case, words joined by "-" ("alice", "broker-1"). Which parties take
 * part, and how they are linked, is the scenario's topology (`Trace.topology`).
 */
export type PartyId = string;

/** What a party does in a topology; the stage lays parties out by it. */
export type PartyRole = 'sender' | 'recipient' | 'relay' | 'attacker' | 'authority';

export interface TopologyParty {
  readonly id: PartyId;
  readonly role: PartyRole;
}

/** A connection two parties send packets over. Its id names both ends: "alice-broker-1". */
export interface Link {
  readonly id: string;
  readonly a: PartyId;
  readonly b: PartyId;
}

/** Where Oscar is: tapping one link, or inside a relay (he holds what the relay holds). */
export type OscarPosition =
  | { readonly on: 'link'; readonly link: string }
  | { readonly on: 'relay'; readonly party: PartyId };

/**
 * Who takes part and how they are connected. Parties are listed left to right along the
 * wire (the authority stands apart); the page lays the stage out from this alone.
 */
export interface Topology {
  readonly parties: readonly TopologyParty[];
  readonly links: readonly Link[];
  /** Null when Oscar is not on the network. */
  readonly oscar: OscarPosition | null;
}

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
  | 'plain-key'
  | 'hello'
  | 'hello-ack'
  | 'session-nonce'
  | 'finished'
  | 'ack'
  | 'close';

/**
 * The wire passes Oscar. The phone is the out-of-band channel he cannot touch; registration
 * is what happened before the story starts (a CA issuing a certificate, a root installed).
 */
export type Channel = 'wire' | 'phone' | 'registration';

export interface Packet {
  readonly id: string;
  /** This hop's sender and receiver: a relay re-sends a message as a packet of its own. */
  readonly from: PartyId;
  readonly to: PartyId;
  /** The id of the link this hop travels on (`Topology.links`). */
  readonly link: string;
  readonly kind: PacketKind;
  /** A noun phrase that reads well mid-sentence: "Bob’s public key", "an encrypted message". */
  readonly label: EngineText;
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
  /**
   * 'session': made for one session and erased when it ends (an ephemeral key pair, a
   * session key). Absent: kept from session to session (a long-term key).
   */
  readonly lifetime?: 'session';
}

/**
 * What Oscar does with one packet on his link; the engine carries it out (run.ts,
 * `arrivalsFor`). `inject` lets the packet through and adds packets of his own (to either
 * end); `replay` lets it through and sends an earlier packet again; `delay` puts it back at
 * the end of the queue.
 */
export type OscarAction =
  | { readonly do: 'forward' }
  | { readonly do: 'drop' }
  | { readonly do: 'delay' }
  | { readonly do: 'modify'; readonly field: string; readonly byte: number; readonly xor: number }
  | { readonly do: 'replace'; readonly with: Packet }
  | { readonly do: 'inject'; readonly with: readonly Packet[] }
  | { readonly do: 'replay'; readonly packetId: string };

/** Oscar's attempt to read a packet he copied, with the keys he holds at that moment. */
export interface OscarAttempt {
  readonly readable: boolean;
  readonly text?: string;
  readonly detail: EngineText;
}

interface EventBase {
  /**
   * One sentence for the narration log, as a catalogue key and its data. A pattern that opens
   * with `{actor, party}` names the event's actor first; the log then needs no tag for it.
   */
  readonly narration: EngineText;
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
        /** The actor got the private half too (Oscar copying a key pair he stole). */
        readonly privateHalf?: boolean;
      }
    | {
        /** The actor erased a key it held: the session it was made for is over. */
        readonly type: 'key-erased';
        readonly actor: PartyId;
        readonly key: KeyInfo;
      }
    | {
        /** Oscar tried a key he holds on a packet he recorded; WebCrypto said whether it opened. */
        readonly type: 'key-tried';
        readonly actor: 'oscar';
        readonly key: KeyInfo;
        readonly packetId: string;
        readonly opened: boolean;
        readonly detail: EngineText;
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
        /** A party's protocol state machine moved, `on` a packet kind or its own action. */
        readonly type: 'state';
        readonly actor: PartyId;
        readonly from: string;
        readonly to: string;
        /** What moved it: a packet's wire name, or the party's own action. */
        readonly on: EngineText;
      }
    | {
        /** A packet arrived in a state where the protocol does not expect it. */
        readonly type: 'packet-refused';
        readonly actor: PartyId;
        readonly state: string;
        readonly packet: Packet;
      }
    | {
        /** A relay passed a packet on; what it saw of it even when it could not read it. */
        readonly type: 'relayed';
        readonly actor: PartyId;
        readonly packet: Packet;
        readonly metadata: RelayMetadata;
      }
    | {
        readonly type: 'check';
        readonly actor: PartyId;
        readonly check: CheckId;
        readonly passed: boolean;
        readonly detail: EngineText;
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
        readonly reason: EngineText;
      }
    | {
        readonly type: 'aborted';
        readonly actor: PartyId;
        readonly reason: EngineText;
        readonly check?: CheckId;
        /** Set when the actor knows the conversation ended before its sender closed it. */
        readonly truncated?: true;
      }
    | {
        /** Time passes between two phases of one run ("One year later"); `title` says how long. */
        readonly type: 'phase';
        readonly actor: PartyId;
        readonly title: EngineText;
      }
    | ({ readonly type: 'secret-recovered'; readonly actor: 'oscar' } & SecretRecovery)
    | {
        /** Oscar worked out the first bytes of a message without its key (a repeated nonce). */
        readonly type: 'plaintext-recovered';
        readonly actor: 'oscar';
        readonly messageId: string;
        /** His candidate for the message's first bytes: right only as far as what he knew. */
        readonly bytes: Bytes;
        /** The message's length, as its ciphertext shows it. */
        readonly total: number;
      }
    | ({ readonly type: 'tag-forged'; readonly actor: 'oscar' } & TagForgery)
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

/** GCM's forbidden attack: what Oscar solved for, and the packet he made with it. */
export interface TagForgery {
  /** The packet he made, carrying a tag he computed without the key. */
  readonly packetId: string;
  /** Every root of the tag-difference polynomial: his candidates for H, in hex. */
  readonly candidates: readonly string[];
  /** The candidate every message under the IV agrees with, in hex. */
  readonly hashKey: string;
  /** How many messages under the one IV he used: two for the polynomial, any more to check. */
  readonly messages: number;
}

/** Oscar's recovery of one message's plaintext, counted byte by byte (nonce reuse). */
export interface ByteRecovery {
  readonly messageId: string;
  /** Its place among the messages written, from 1. */
  readonly message: number;
  /** Bytes of his candidate equal to the message's byte at the same place. */
  readonly recovered: number;
  /** The message's length in bytes (UTF-8). */
  readonly total: number;
}

/** What a relay learns from a packet it cannot open: who talks to whom, when, how much. */
export interface RelayMetadata {
  /** The conversation's ends, from the packet's header. */
  readonly origin: PartyId;
  readonly destination: PartyId;
  /** The relay's own count of packets so far: the order, which is all "when" means here. */
  readonly seq: number;
  readonly bytes: number;
}

/** Every `key-tried` event, counted. */
export interface KeyTries {
  /** Different keys he tried. */
  readonly keys: number;
  /** Different recorded packets he tried them on. */
  readonly packets: number;
  readonly tries: number;
  /** Tries that opened the packet. */
  readonly opened: number;
}

/** A session played after time passed (after a `phase` event). */
export interface NextSession {
  readonly sent: number;
  /** Read by their recipient exactly as written. */
  readonly delivered: number;
  readonly readByOscar: number;
  /** Accepted although their sender never wrote them. */
  readonly forgedAccepted: number;
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
  /** Messages sent that their recipient neither read nor rejected: dropped, refused, cut off. */
  readonly missing: number;
  /**
   * For every party in the run: how many messages it read exactly as written although it
   * was not their recipient (the sender writes, it does not read). Oscar's entry is readByOscar.
   */
  readonly readBy: Readonly<Record<PartyId, number>>;
  readonly detectedBy?: CheckId;
  /**
   * Every copy of a message its recipient accepted, counted one by one: a replayed message
   * accepted twice counts two. Present only when it differs from `delivered`.
   */
  readonly acceptedCopies?: number;
  /**
   * Present (true) when a recipient knows the conversation was cut short: it ended without a
   * valid CLOSE or close_notify. It always comes with `detectedBy`.
   */
  readonly truncated?: true;
  /** Messages their recipient accepted after one their sender wrote later: Oscar changed the order. */
  readonly acceptedOutOfOrder?: number;
  /**
   * Messages written before the run's first `phase` event that Oscar read after it: recorded
   * then, opened later.
   */
  readonly readByOscarLater?: number;
  /** Oscar's tries of the keys he holds on what he recorded (`key-tried` events), when he made any. */
  readonly keyTries?: KeyTries;
  /** Messages written after a `phase` event: a later session, counted on its own. */
  readonly nextSession?: NextSession;
  /** Secrets Oscar computed from public numbers, in order (toy exchanges only). */
  readonly recoveries?: readonly SecretRecovery[];
  /** What Oscar's searches cost at each size of p, when the run measured it. */
  readonly searchCosts?: readonly SearchCost[];
  /** Messages Oscar recovered byte by byte, and how many of their bytes he got right. */
  readonly recoveredBytes?: readonly ByteRecovery[];
  /**
   * Present when a recipient checked a GCM tag Oscar computed without the key (the forbidden
   * attack): true when one verified.
   */
  readonly forgedTagAccepted?: boolean;
}

export interface Trace {
  readonly scenario: string;
  readonly config: ScenarioConfig;
  readonly plan: OscarPlan;
  readonly topology: Topology;
  readonly events: readonly TraceEvent[];
  readonly outcome: Outcome;
}
