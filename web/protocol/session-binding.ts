import { type Bytes, concatBytes, randomBytes } from '../crypto/bytes.ts';
import { utf8Encode } from '../crypto/encoding.ts';
import { say } from '../text/messages/engine.ts';
import { fieldBytes, sessionNoncePacket } from './packets.ts';
import type { Run } from './run.ts';
import type { PartyId } from './types.ts';

export const SESSION_NONCE_BYTES = 16;

/**
 * This session's id as each party holds it: its own fresh nonce and the one that reached it,
 * Alice's first. Each side contributes, so neither can be handed an old session's id without
 * noticing: if Oscar changes a nonce on the way, the two ids differ and nothing opens.
 */
export type SessionIds = Readonly<Partial<Record<PartyId, Bytes>>>;

/** Alice and Bob each send a fresh nonce; each keeps its own and the other's, as received. */
export async function agreeSessionIds(run: Run): Promise<SessionIds> {
  const alices = randomBytes(SESSION_NONCE_BYTES);
  const bobs = randomBytes(SESSION_NONCE_BYTES);
  const atBob = await run.transmit(
    sessionNoncePacket(run.nextAddress('alice', 'bob'), alices),
    say('narration.sends-session-nonce', { actor: 'alice' }),
  );
  const atAlice = await run.transmit(
    sessionNoncePacket(run.nextAddress('bob', 'alice'), bobs),
    say('narration.answers-session-nonce', { actor: 'bob' }),
  );
  return {
    alice: concatBytes(alices, fieldBytes(atAlice, 'nonce')),
    bob: concatBytes(fieldBytes(atBob, 'nonce'), bobs),
  };
}

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
