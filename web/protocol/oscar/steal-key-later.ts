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
  label: 'records everything, steals Bob’s long-term key later',
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
      says: () =>
        'After the conversation, Oscar steals Bob’s long-term private keys and opens what he recorded',
      stoppedBy: 'ephemeral ECDH keys: forward secrecy',
    },
  ],
  start: (context) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    return {
      action: { do: 'forward' },
      attempt: {
        ...reading,
        detail: `${reading.detail} He stores the bytes for later.`,
      },
      narration: `Oscar records ${packet.label}. ${reading.detail}`,
      ...readLater(context, packet, reading),
    };
  },
  later: async (context, options) => {
    const recorded = [...context.seen];
    context.phase(
      'One year later',
      `One year later. Oscar still has the ${recorded.length} packets he recorded. He breaks into Bob’s computer and copies every key Bob still holds.`,
    );
    const stolen = await context.breakInto('bob');
    for (const key of stolen) {
      const info = stolenInfo(key);
      context.keyStolen(
        info,
        'bob',
        `Oscar copies Bob’s ${info.kind === 'aes' ? 'AES key' : `${info.algorithm} private key`} ${info.fingerprint.short}.`,
      );
    }
    await tryEveryKey(context, stolen, recorded);
    if (!options.nextSession) return undefined;
    const mitm = new ManInTheMiddle(context, { stolen });
    return (packet) => mitm.intercept(packet);
  },
};
