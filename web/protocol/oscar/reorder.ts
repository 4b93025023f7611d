import { oscarTriesToRead } from '../oscar.ts';
import { partyName } from '../types.ts';
import { isFirstMessage, readLater } from './first-message.ts';
import type { OscarStrategy } from './strategy.ts';

/** He holds Alice's first message back once, so that it arrives after the ones she sent later. */
export const reorder: OscarStrategy = {
  label: 'reorders: holds Alice’s first message back',
  scenarios: ['replay'],
  start: (context) => {
    const held = new Set<string>();
    return async (packet) => {
      const reading = await oscarTriesToRead(packet, context.oscar);
      const learned = readLater(context, packet, reading);
      if (!isFirstMessage(packet) || held.has(packet.id))
        return { action: { do: 'forward' }, attempt: reading, ...learned };
      held.add(packet.id);
      return {
        action: { do: 'delay' },
        attempt: {
          ...reading,
          detail: `He holds it back: it will reach ${partyName(packet.to)} after the messages sent after it.`,
        },
      };
    };
  },
};
