import { type Bytes, concatBytes } from '../crypto/bytes.ts';
import { utf8Encode } from '../crypto/encoding.ts';
import type { PartyId } from './parties.ts';

export const SESSION_NONCE_BYTES = 16;

/**
 * This session's id as each party holds it: its own fresh nonce and the one that reached it,
 * Alice's first. Each side contributes, so neither can be handed an old session's id without
 * noticing: if Oscar changes a nonce on the way, the two ids differ and nothing opens.
 */
export type SessionIds = Readonly<Partial<Record<PartyId, Bytes>>>;

/** What a number is bound to, besides the message: the session id, then "alice>bob". */
export function sessionBinding(sessionId: Bytes, from: PartyId, to: PartyId): Bytes {
  return concatBytes(sessionId, utf8Encode(`${from}>${to}`));
}

/** `party`'s binding for a message from `from` to `to`; null when numbers are not bound. */
export function bindingOf(
  ids: SessionIds | null | undefined,
  party: PartyId,
  from: PartyId,
  to: PartyId,
): Bytes | null {
  const id = ids?.[party];
  return id ? sessionBinding(id, from, to) : null;
}
