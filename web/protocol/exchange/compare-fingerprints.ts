import { tryUtf8 } from '../../crypto/encoding.ts';
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
    channel === 'phone'
      ? `Alice calls Bob and reads out the safety number on her screen: ${alices}. Oscar is not on the phone line.`
      : `Alice’s app computes a SHA-256 hash of both public keys (seed 004’s “checksum”), ${alices}, and sends it to Bob automatically.`,
  );
  const heard = tryUtf8(fieldBytes(sent, 'safety number')) ?? '';
  const passed = heard === bobs;
  run.emit({
    type: 'check',
    actor: 'bob',
    check: name,
    passed,
    detail: passed
      ? `Bob’s own number ${bobs} matches the one he received.`
      : `Bob computed ${bobs}, but received ${heard}.`,
    packetId: sent.id,
    narration: passed
      ? `Bob computes ${bobs} over the keys he holds: it matches. They go ahead.`
      : `Bob computes ${bobs} over the keys he holds: it does not match ${heard}.`,
  });
  if (passed) return true;
  run.emit({
    type: 'aborted',
    actor: 'bob',
    reason: 'The safety numbers differ: someone replaced a public key on the way.',
    check: name,
    narration: 'Bob and Alice stop: the keys they hold are not each other’s. They send no message.',
  });
  return false;
}
