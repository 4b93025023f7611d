import { say } from '../../text/messages/engine.ts';
import { copyAndForward } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import { isMessage, messageName } from './search-move.ts';
import type { OscarStrategy } from './strategy.ts';

const CUT = say('attempt.cut-line');

/**
 * Truncation without a forgery: after Alice's first message he cuts the line. Nothing else
 * she sends reaches Bob, not even her CLOSE.
 */
export const cutLine: OscarStrategy = {
  label: 'cuts the line after her first message (handshake)',
  defaults: {},
  scenarios: ['handshake'],
  // Not a row of "Can Oscar win?": under every defence the grid offers, Bob knows the end
  // never came (close.received), so the row could never change. The search keeps the move.
  gridRows: () => [],
  searchMoves: [
    {
      id: 'cut-line',
      group: 'handshake',
      scenarios: ['handshake'],
      fits: (packet) => packet.from === 'alice' && isMessage(packet),
      act: async (hand, packet) => {
        // From here on nothing of Alice's gets through, her CLOSE included; Bob's still does.
        hand.followUp = async (next) => {
          const reading = await oscarTriesToRead(next, hand.context.oscar);
          if (next.from !== 'alice') return copyAndForward(hand.context, next, reading);
          return { action: { do: 'drop' }, attempt: { ...reading, detail: CUT } };
        };
        const reading = await oscarTriesToRead(packet, hand.context.oscar);
        return { action: { do: 'drop' }, attempt: { ...reading, detail: CUT } };
      },
      says: (packet) => say('move.cut-line', { actor: 'oscar', message: messageName(packet) }),
      stoppedBy: say('move.stopped-by.end-awaited'),
    },
  ],
  start: (context) => {
    let cut = false;
    return async (packet) => {
      const reading = await oscarTriesToRead(packet, context.oscar);
      if (cut && packet.from === 'alice')
        return {
          action: { do: 'drop' },
          attempt: { ...reading, detail: CUT },
        };
      if (packet.messageId === 'm1') cut = true;
      return copyAndForward(context, packet, reading);
    };
  },
};
