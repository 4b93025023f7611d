import { say } from '../../text/messages/engine.ts';
import { settingSays } from '../../text/messages/settings.ts';
import { copyAndForward } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import { actAndRead } from './search-hand.ts';
import { isMessage, messageName } from './search-move.ts';
import type { OscarStrategy } from './strategy.ts';

/**
 * He drops the packet carrying the second message written (Alice's second in the handshake
 * and the replay scenario, Bob's reply in the conversation); everything else he copies and
 * passes on.
 */
export const drop: OscarStrategy = {
  label: settingSays('strategy.drop'),
  defaults: {},
  scenarios: ['handshake', 'replay', 'conversation'],
  start: (context) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    if (packet.messageId === 'm2')
      return {
        action: { do: 'drop' },
        attempt: { ...reading, detail: say('attempt.thrown-away') },
      };
    return copyAndForward(context, packet, reading);
  },
  searchMoves: [
    {
      id: 'drop',
      group: 'message',
      scenarios: ['two-sessions', 'handshake'],
      fits: (packet) => isMessage(packet),
      act: (hand, packet) => actAndRead(hand, packet, { do: 'drop' }, say('attempt.thrown-away')),
      says: (packet) => say('move.drop', { actor: 'oscar', message: messageName(packet) }),
      stoppedBy: say('move.drop.stopped-by'),
    },
    {
      id: 'drop-close',
      group: 'handshake',
      scenarios: ['handshake'],
      fits: (packet) => packet.kind === 'close' && !packet.forgedBy,
      act: async () => ({
        action: { do: 'drop' },
        attempt: { readable: true, detail: say('attempt.close-thrown-away') },
      }),
      says: () => say('move.drop-close', { actor: 'oscar' }),
      stoppedBy: say('move.stopped-by.end-awaited'),
    },
  ],
};
