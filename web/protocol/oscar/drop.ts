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
  label: 'drops the second message written',
  defaults: {},
  scenarios: ['handshake', 'replay', 'conversation'],
  start: (context) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    if (packet.messageId === 'm2')
      return {
        action: { do: 'drop' },
        attempt: { ...reading, detail: 'He throws it away: it never arrives.' },
      };
    return copyAndForward(context, packet, reading);
  },
  searchMoves: [
    {
      id: 'drop',
      group: 'message',
      scenarios: ['two-sessions', 'handshake'],
      fits: (packet) => isMessage(packet),
      act: (hand, packet) =>
        actAndRead(hand, packet, { do: 'drop' }, 'He throws it away: it never arrives.'),
      says: (packet) => `Oscar drops ${messageName(packet)}`,
      stoppedBy:
        'sequence numbers, when a later message arrives and shows the gap; for the last message, only an authenticated end that counts the messages (a signed CLOSE, close_notify)',
    },
    {
      id: 'drop-close',
      group: 'handshake',
      scenarios: ['handshake'],
      fits: (packet) => packet.kind === 'close' && !packet.forgedBy,
      act: async () => ({
        action: { do: 'drop' },
        attempt: { readable: true, detail: 'He throws the CLOSE away: the end never arrives.' },
      }),
      says: () => 'Oscar drops Alice’s CLOSE',
      stoppedBy:
        'the end Bob waits for: a conversation that stops without a CLOSE (or close_notify) is reported cut short',
    },
  ],
};
