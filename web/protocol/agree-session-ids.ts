import { concatBytes, randomBytes } from '../crypto/bytes.ts';
import { say } from '../text/messages/engine.ts';
import { fieldBytes, sessionNoncePacket } from './packets.ts';
import type { Run } from './run.ts';
import { SESSION_NONCE_BYTES, type SessionIds } from './session-binding.ts';

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
