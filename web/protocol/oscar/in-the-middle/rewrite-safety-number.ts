import { utf8Encode } from '../../../crypto/encoding.ts';
import { say } from '../../../text/messages/engine.ts';
import type { Packet } from '../../packet-types.ts';
import { withField } from '../../packets.ts';
import { safetyNumber } from '../../safety-number.ts';
import { forged, forward, type Handled } from './handled.ts';

/**
 * Seed 004's automatic checksum: Oscar recomputes it over the keys the recipient holds (the fake
 * one he gave her and her own), so it matches what she computes. Without both he only reads it.
 */
export async function rewriteSafetyNumber(
  packet: Packet,
  fakeGiven: Uint8Array | undefined,
  recipientOwn: Uint8Array | undefined,
): Promise<Handled> {
  if (!fakeGiven || !recipientOwn) return forward(true, say('attempt.reads-safety-number'));
  const digits = await safetyNumber([fakeGiven, recipientOwn]);
  const rewritten = forged(packet, withField(packet, 'safety number', utf8Encode(digits)));
  return {
    action: { do: 'replace', with: rewritten },
    attempt: {
      readable: true,
      detail: say('attempt.rewrites-safety-number', { to: packet.to, digits }),
    },
  };
}
