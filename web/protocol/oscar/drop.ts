import { oscarTriesToRead } from '../oscar.ts';
import { copyAndForward } from './first-message.ts';
import type { OscarStrategy } from './strategy.ts';

/**
 * He drops the packet carrying the second message written (Alice's second in the handshake
 * and the replay scenario, Bob's reply in the conversation); everything else he copies and
 * passes on.
 */
export const drop: OscarStrategy = {
  label: 'drops the second message written',
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
};
