import type { KeyInfo, PartyId, TraceEvent } from './types.ts';

export interface HeldKey {
  readonly key: KeyInfo;
  /** Whose key the holder believes this is. */
  readonly believedOwner: KeyInfo['owner'];
  /** True when the holder also has the private half (their own key pair). */
  readonly hasPrivate: boolean;
}

export interface ReadMessage {
  readonly messageId: string;
  readonly text: string;
  readonly genuine: boolean;
}

export interface Knowledge {
  readonly keys: readonly HeldKey[];
  readonly read: readonly ReadMessage[];
}

const PARTIES: readonly PartyId[] = ['alice', 'bob', 'oscar', 'ca'];

/** What each party holds and has read after the first `count` events: derived, never stored. */
export function knowledgeAt(
  events: readonly TraceEvent[],
  count: number,
): Record<PartyId, Knowledge> {
  const keys = new Map<PartyId, HeldKey[]>(PARTIES.map((p) => [p, []]));
  const read = new Map<PartyId, ReadMessage[]>(PARTIES.map((p) => [p, []]));
  for (const event of events.slice(0, count)) {
    if (event.type === 'key-generated') {
      keys.get(event.actor)?.push({
        key: event.key,
        believedOwner: event.key.owner,
        hasPrivate: event.key.kind !== 'aes',
      });
    } else if (event.type === 'key-learned') {
      keys
        .get(event.actor)
        ?.push({ key: event.key, believedOwner: event.believedOwner, hasPrivate: false });
    } else if (event.type === 'message-read') {
      read
        .get(event.actor)
        ?.push({ messageId: event.messageId, text: event.text, genuine: event.genuine });
    }
  }
  const result = {} as Record<PartyId, Knowledge>;
  for (const party of PARTIES)
    result[party] = { keys: keys.get(party) ?? [], read: read.get(party) ?? [] };
  return result;
}
