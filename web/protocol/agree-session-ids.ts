import { concatBytes, randomBytes } from '../crypto/bytes.ts';
import { fieldBytes, sessionNoncePacket } from './packets.ts';
import type { Run } from './run.ts';
import { SESSION_NONCE_BYTES, type SessionIds } from './session-binding.ts';

/** Alice and Bob each send a fresh nonce; each keeps its own and the other's, as received. */
export async function agreeSessionIds(run: Run): Promise<SessionIds> {
  const alices = randomBytes(SESSION_NONCE_BYTES);
  const bobs = randomBytes(SESSION_NONCE_BYTES);
  const atBob = await run.transmit(
    sessionNoncePacket(run.nextAddress('alice', 'bob'), alices),
    'Alice sends a fresh nonce for this session. Every sequence number will be bound to both nonces and to the direction.',
  );
  const atAlice = await run.transmit(
    sessionNoncePacket(run.nextAddress('bob', 'alice'), bobs),
    'Bob sends a fresh nonce of his own: the session id is both nonces together.',
  );
  return {
    alice: concatBytes(alices, fieldBytes(atAlice, 'nonce')),
    bob: concatBytes(fieldBytes(atBob, 'nonce'), bobs),
  };
}
