import { say } from '../../text/messages/engine.ts';
import { settingSays } from '../../text/messages/settings.ts';
import { stolenInfo } from '../theft.ts';
import { readLater } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import { ManInTheMiddle } from './in-the-middle/man-in-the-middle.ts';
import type { OscarStrategy } from './strategy.ts';
import { tryEveryKey } from './try-stolen-keys.ts';

/**
 * Record now, decrypt later. Today he copies every packet and reads what he can (nothing,
 * on a sound channel). A year later he breaks into Bob's computer, takes every key Bob still
 * holds, and tries each on everything he recorded. With `nextSession` in his plan he then
 * uses what he stole on the next session, as the man in the middle.
 */
export interface StealKeyLaterOptions {
  /** The scenario then plays one more session, and he sits in its middle with what he stole. */
  readonly nextSession?: boolean;
}

export const stealKeyLater: OscarStrategy<StealKeyLaterOptions> = {
  label: settingSays('strategy.steal-key-later'),
  defaults: {},
  scenarios: ['conversation', 'two-sessions'],
  searchMoves: [
    {
      id: 'steal',
      group: 'afterwards',
      scenarios: ['two-sessions'],
      later: async (hand) => {
        await stealKeyLater.later?.(hand.context, {});
      },
      says: () => say('move.steal-later', { actor: 'oscar' }),
      stoppedBy: say('move.steal-later.stopped-by'),
    },
  ],
  start: (context) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    return {
      action: { do: 'forward' },
      attempt: {
        ...reading,
        detail: say('detail.and-then', {
          first: reading.detail,
          next: say('attempt.stores-for-later'),
        }),
      },
      narration: say('narration.records', {
        actor: 'oscar',
        packet: packet.label,
        detail: reading.detail,
      }),
      ...readLater(context, packet, reading),
    };
  },
  later: async (context, options) => {
    const recorded = [...context.seen];
    context.phase(
      say('phase.one-year-later'),
      say('narration.one-year-later', {
        actor: 'oscar',
        count: recorded.length,
        victim: 'bob',
      }),
    );
    const stolen = await context.breakInto('bob');
    for (const key of stolen) {
      const info = stolenInfo(key);
      context.keyStolen(
        info,
        'bob',
        say('narration.copies-stolen-key', {
          actor: 'oscar',
          owner: 'bob',
          kind: info.kind,
          algorithm: info.algorithm,
          fingerprint: info.fingerprint.short,
        }),
      );
    }
    await tryEveryKey(context, stolen, recorded);
    if (!options.nextSession) return undefined;
    const mitm = new ManInTheMiddle(context, { stolen });
    return (packet) => mitm.intercept(packet);
  },
};
