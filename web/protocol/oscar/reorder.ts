import { say } from '../../text/messages/engine.ts';
import { settingSays } from '../../text/messages/settings.ts';
import { isFirstMessage, readLater } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import { actAndRead } from './search-hand.ts';
import { isMessage, messageName } from './search-move.ts';
import type { OscarStrategy } from './strategy.ts';

/** He holds Alice's first message back once, so that it arrives after the ones she sent later. */
export const reorder: OscarStrategy = {
  label: settingSays('strategy.reorder'),
  defaults: {},
  scenarios: ['replay'],
  searchMoves: [
    {
      id: 'hold-back',
      group: 'message',
      scenarios: ['two-sessions', 'handshake'],
      fits: (packet) => isMessage(packet),
      act: (hand, packet) => actAndRead(hand, packet, { do: 'delay' }, say('attempt.held-back')),
      says: (packet) => say('move.hold-back', { actor: 'oscar', message: messageName(packet) }),
      stoppedBy: say('move.hold-back.stopped-by'),
    },
  ],
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
          detail: say('attempt.held-back-for', { to: packet.to }),
        },
      };
    };
  },
};
