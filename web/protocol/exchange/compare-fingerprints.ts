import { tryUtf8 } from '../../crypto/encoding.ts';
import { say } from '../../text/messages/engine.ts';
import type { FingerprintCheck } from '../config-types.ts';
import { fieldBytes, safetyNumberPacket } from '../packets.ts';
import type { Run } from '../run.ts';
import { safetyNumber } from '../safety-number.ts';

/** The public keys of the handshake as each side holds them: own key, and what arrived as the peer's. */
export interface KeyViews {
  readonly alice: readonly Uint8Array[];
  readonly bob: readonly Uint8Array[];
}

const CHECK_NAMES = {
  'in-band': 'fingerprint.in-band',
  'out-of-band': 'fingerprint.out-of-band',
} as const;

/**
 * Alice and Bob compare safety numbers. In band (seed 004's automatic checksum) the number
 * travels on the wire, past Oscar; out of band it is read aloud over the phone, where he
 * cannot reach. Returns false when they found a mismatch and stopped.
 */
export async function compareFingerprints(
  run: Run,
  check: FingerprintCheck,
  views: KeyViews,
): Promise<boolean> {
  if (check === 'off') return true;
  const alices = await safetyNumber(views.alice);
  const bobs = await safetyNumber(views.bob);
  const channel = check === 'in-band' ? 'wire' : 'phone';
  const name = CHECK_NAMES[check];
  const sent = await run.transmit(
    safetyNumberPacket(run.nextAddress('alice', 'bob'), alices, channel),
    say(channel === 'phone' ? 'narration.calls-safety-number' : 'narration.sends-checksum', {
      actor: 'alice',
      to: 'bob',
      number: alices,
    }),
  );
  const heard = tryUtf8(fieldBytes(sent, 'safety number')) ?? '';
  const passed = heard === bobs;
  run.emit({
    type: 'check',
    actor: 'bob',
    check: name,
    passed,
    detail: passed
      ? say('detail.safety-number-matches', { actor: 'bob', number: bobs })
      : say('detail.safety-number-differs', { actor: 'bob', number: bobs, heard }),
    packetId: sent.id,
    narration: passed
      ? say('narration.safety-number-matches', { actor: 'bob', number: bobs })
      : say('narration.safety-number-differs', { actor: 'bob', number: bobs, heard }),
  });
  if (passed) return true;
  run.emit({
    type: 'aborted',
    actor: 'bob',
    reason: say('reason.safety-numbers-differ'),
    check: name,
    narration: say('narration.stop-keys-differ', { actor: 'bob', peer: 'alice' }),
  });
  return false;
}
