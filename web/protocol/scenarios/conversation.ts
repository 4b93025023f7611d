import { conversation as talk } from '../conversation.ts';
import { directTopology } from '../topology.ts';
import type { Scenario } from './scenario.ts';

/** Alice and Bob on one wire: keys set up as configured, then two messages (seeds 000, 001, 004). */
export const conversation: Scenario = {
  id: 'conversation',
  title: 'A conversation on one wire',
  topology: (_config, plan) => directTopology(plan),
  play: async (run) => {
    run.joined('alice', ...(run.oscarPresent ? ['oscar'] : []), 'bob');
    await talk(run);
  },
};
