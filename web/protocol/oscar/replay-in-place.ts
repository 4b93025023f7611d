import { say } from '../../text/messages/engine.ts';
import type { Packet } from '../packet-types.ts';
import { copyAndForward } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import type { OscarStrategy } from './strategy.ts';

/**
 * He lets Alice's first message through and records it; her second he throws away and sends
 * his copy of the first in its place. Bob gets as many messages as Alice sent: a count in
 * CLOSE adds up, though he read the first twice and never the second.
 */
export const replayInPlace: OscarStrategy = {
  label: 'replays DATA 1 in the place of DATA 2, which he drops (handshake)',
  defaults: {},
  scenarios: ['handshake'],
  // Not a row of "Can Oscar win?": the grid's defences do not reach seed 003's handshake
  // records (only its TLS 1.3 shape numbers them), so the row could never change. The search
  // finds the same attack as two of its moves: replay message 1, drop message 2.
  gridRows: () => [],
  start: (context) => {
    let first: Packet | null = null;
    return async (packet) => {
      const reading = await oscarTriesToRead(packet, context.oscar);
      if (packet.messageId === 'm1') first = packet;
      if (packet.messageId !== 'm2' || !first) return copyAndForward(context, packet, reading);
      return {
        action: { do: 'replace', with: { ...first, id: `${first.id}-again`, forgedBy: 'oscar' } },
        attempt: {
          ...reading,
          detail: say('attempt.replaced-in-place'),
        },
      };
    };
  },
};
