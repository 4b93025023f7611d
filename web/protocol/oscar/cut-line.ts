import { oscarTriesToRead } from '../oscar.ts';
import { copyAndForward } from './first-message.ts';
import type { OscarStrategy } from './strategy.ts';

/**
 * Truncation without a forgery: after Alice's first message he cuts the line. Nothing else
 * she sends reaches Bob, not even her CLOSE.
 */
export const cutLine: OscarStrategy = {
  label: 'cuts the line after her first message (handshake)',
  scenarios: ['handshake'],
  start: (context) => {
    let cut = false;
    return async (packet) => {
      const reading = await oscarTriesToRead(packet, context.oscar);
      if (cut && packet.from === 'alice')
        return {
          action: { do: 'drop' },
          attempt: { ...reading, detail: 'He has cut the line: it never reaches Bob.' },
        };
      if (packet.messageId === 'm1') cut = true;
      return copyAndForward(context, packet, reading);
    };
  },
};
