import { REPLAY_FOLLOW_UPS } from '../../text/spoken.ts';
import { establish } from '../conversation.ts';
import { exchangeVerifyKeys } from '../exchange/verify-keys.ts';
import { openChannel, receiveMessage, sealForSending } from '../secure-channel.ts';
import { directTopology } from '../topology.ts';
import type { Scenario } from './scenario.ts';

// What Alice sends after the user's message: enough for a gap to show when one goes missing.
export { REPLAY_FOLLOW_UPS };

/**
 * Alice sends three payment orders in a row to Bob over the configured channel (keys,
 * cipher, signatures, sequence numbers); the packets travel on the queue, so Oscar may
 * replay, drop or hold one back, and Bob handles whatever arrives, in the order it arrives.
 */
export const replayScenario: Scenario = {
  id: 'replay',
  topology: (_config, plan) => directTopology(plan),
  play: async (run) => {
    const signing = await exchangeVerifyKeys(run);
    const keys = await establish(run);
    if (keys === undefined) return;
    const channel = await openChannel(run, keys, signing);
    for (const text of [run.config.message, ...REPLAY_FOLLOW_UPS]) {
      const { packet, narration } = await sealForSending(run, 'alice', 'bob', channel, text);
      run.post(packet, narration);
    }
    await run.deliverQueued(async (packet) => {
      if (packet.messageId) await receiveMessage(run, packet, channel);
    });
  },
};
