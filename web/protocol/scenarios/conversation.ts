import { say } from '../../text/messages/engine.ts';
import { conversation as talk } from '../conversation.ts';
import { directTopology } from '../topology.ts';
import type { Scenario } from './scenario.ts';

/**
 * Alice and Bob on one wire: keys set up as configured, then two messages (seeds 000, 001,
 * 004). When Oscar acts later and has a plan for the session after (he stole keys), time
 * passes and Alice and Bob talk once more, with everything set up afresh.
 */
export const conversation: Scenario = {
  id: 'conversation',
  topology: (_config, plan) => directTopology(plan),
  play: async (run) => {
    await talk(run);
    if (!(await run.timePasses())) return;
    run.emit({
      type: 'phase',
      actor: 'alice',
      title: say('phase.next-session'),
      narration: say('narration.connects-again', { actor: 'alice', to: 'bob' }),
    });
    await talk(run);
  },
};
