import { utf8Start } from '../crypto/encoding.ts';
import type { TraceEvent } from './events.ts';
import type { KeyInfo } from './packet-types.ts';
import type { PartyId } from './parties.ts';

export interface HeldKey {
  readonly key: KeyInfo;
  /** Whose key the holder believes this is. */
  readonly believedOwner: KeyInfo['owner'];
  /** True when the holder also has the private half (their own key pair, or one stolen). */
  readonly hasPrivate: boolean;
  /** True once the holder has erased it (its session is over): shown struck out, no longer held. */
  readonly erased: boolean;
}

export interface ReadMessage {
  readonly messageId: string;
  readonly text: string;
  readonly genuine: boolean;
}

/** A message worked out only in part, without its key (a repeated nonce). */
export interface PartlyReadMessage {
  readonly messageId: string;
  /** The bytes worked out, as text (null when they are not text). */
  readonly start: string | null;
  readonly knownBytes: number;
  readonly unknownBytes: number;
}

export interface Knowledge {
  readonly keys: readonly HeldKey[];
  readonly read: readonly ReadMessage[];
  readonly partlyRead: readonly PartlyReadMessage[];
}

export const KNOWS_NOTHING: Knowledge = { keys: [], read: [], partlyRead: [] };

/** What each party holds and has read after the first `count` events: derived, never stored. */
export function knowledgeAt(
  events: readonly TraceEvent[],
  count: number,
): { of(party: PartyId): Knowledge } {
  const keys = new Map<PartyId, HeldKey[]>();
  const read = new Map<PartyId, ReadMessage[]>();
  const partlyRead = new Map<PartyId, PartlyReadMessage[]>();
  const list = <T>(map: Map<PartyId, T[]>, party: PartyId): T[] => {
    const entries = map.get(party) ?? [];
    map.set(party, entries);
    return entries;
  };
  /** A key a party already holds, under the same belief, is the same key held once. */
  const hold = (party: PartyId, entry: HeldKey) => {
    const held = list(keys, party);
    const index = held.findIndex(
      (h) =>
        !h.erased &&
        h.key.fingerprint.hex === entry.key.fingerprint.hex &&
        h.believedOwner === entry.believedOwner,
    );
    const before = held[index];
    if (before) held[index] = { ...before, hasPrivate: before.hasPrivate || entry.hasPrivate };
    else held.push(entry);
  };
  for (const event of events.slice(0, count)) {
    if (event.type === 'key-generated') {
      hold(event.actor, {
        key: event.key,
        believedOwner: event.key.owner,
        hasPrivate: event.key.kind !== 'aes',
        erased: false,
      });
    } else if (event.type === 'key-learned') {
      hold(event.actor, {
        key: event.key,
        believedOwner: event.believedOwner,
        hasPrivate: event.privateHalf ?? false,
        erased: false,
      });
    } else if (event.type === 'key-erased') {
      const held = list(keys, event.actor);
      held.forEach((entry, index) => {
        if (entry.key.fingerprint.hex === event.key.fingerprint.hex)
          held[index] = { ...entry, erased: true };
      });
    } else if (event.type === 'message-read') {
      list(read, event.actor).push({
        messageId: event.messageId,
        text: event.text,
        genuine: event.genuine,
      });
    } else if (event.type === 'plaintext-recovered' && event.bytes.length < event.total) {
      list(partlyRead, event.actor).push({
        messageId: event.messageId,
        start: utf8Start(event.bytes),
        knownBytes: event.bytes.length,
        unknownBytes: event.total - event.bytes.length,
      });
    }
  }
  return {
    of: (party) => ({
      keys: keys.get(party) ?? [],
      read: read.get(party) ?? [],
      partlyRead: partlyRead.get(party) ?? [],
    }),
  };
}
