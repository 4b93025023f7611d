import type { Bytes } from '../crypto/bytes.ts';
import type { EngineText } from '../text/messages/engine.ts';
import type { CheckId } from './checks.ts';
import type { KeyInfo, Packet } from './packet-types.ts';
import type { PartyId } from './parties.ts';

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
