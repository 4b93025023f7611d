import { oscarTriesToRead } from '../oscar.ts';
import { readLater } from './first-message.ts';
import type { OscarStrategy } from './strategy.ts';

/** He drops the packet carrying Alice's second message; everything else he copies and passes on. */
export const drop: OscarStrategy = {
  label: 'drops Alice’s second message (handshake)',
  scenarios: ['handshake'],
  start: (context) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    if (packet.messageId === 'm2')
      return {
        action: { do: 'drop' },
        attempt: { ...reading, detail: 'He throws it away: it never arrives.' },
      };
    return { action: { do: 'forward' }, attempt: reading, ...readLater(context, packet, reading) };
  },
};
