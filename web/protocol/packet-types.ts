import type { Bytes } from '../crypto/bytes.ts';
import type { Fingerprint } from '../crypto/fingerprint.ts';
import type { EngineText } from '../text/messages/engine.ts';
import type { PartyId } from './parties.ts';

/** One labelled run of bytes inside a packet: what the inspector shows and what Oscar sees. */
export interface Field {
  readonly name: string;
  readonly bytes: Bytes;
  readonly note?: EngineText;
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
