import { say } from '../../text/messages/engine.ts';
import { SECOND_ORDERS } from '../../text/spoken.ts';
import { establish } from '../conversation.ts';
import { exchangeVerifyKeys } from '../exchange/verify-keys.ts';
import { openChannel, receiveMessage, sealForSending } from '../secure-channel.ts';
import { directTopology } from '../topology.ts';
import type { Scenario } from './scenario.ts';

/** Alice's orders in each session: the user's message, then a second one that differs. */
export const SESSION_ORDERS = 2;

/**
 * Two sessions between the same Alice and Bob, one after the other: each sets up its keys as
 * configured (a fresh key each time, unless the key is pre-shared or the ECDH pairs static)
 * and starts its sequence numbers at 1; in each Alice sends two orders on the queue. What
 * Oscar recorded in the first session he may use in the second.
 */
export const twoSessions: Scenario = {
  id: 'two-sessions',
  topology: (_config, plan) => directTopology(plan),
  play: async (run) => {
    const signing = await exchangeVerifyKeys(run);
    for (let session = 1; session <= 2; session++) {
      const keys = await establish(run);
      if (keys === undefined) return;
      const channel = await openChannel(run, keys, signing);
      const orders = [run.config.message, SECOND_ORDERS[session - 1] ?? ''].slice(
        0,
        SESSION_ORDERS,
      );
      for (const text of orders) {
        const { packet, narration } = await sealForSending(run, 'alice', 'bob', channel, text);
        run.post(
          packet,
          say('narration.session-sends', { session: String(session), sent: narration }),
        );
      }
      await run.deliverQueued(async (packet) => {
        if (packet.messageId) await receiveMessage(run, packet, channel);
      });
    }
  },
};
