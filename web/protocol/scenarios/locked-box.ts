import type { ScenarioContext } from '../scenario.ts';
import { sendEncrypted } from '../secure-channel.ts';
import { BOB_REPLY } from './replies.ts';

/** A key both already hold: Oscar reads nothing. The open question is how it got there. */
export async function lockedBox({ run, config, keys }: ScenarioContext): Promise<void> {
  const shared = await keys.preShared(config.aesBits);
  const fp = shared.info.fingerprint.short;
  run.keyLearned(
    'alice',
    shared.info,
    'shared',
    `Alice already holds an AES-${shared.key.bits} key ${fp}. How did she get it? Nobody has said.`,
  );
  run.keyLearned(
    'bob',
    shared.info,
    'shared',
    `Bob holds the same key ${fp}. It never crossed this wire, so Oscar has no copy.`,
  );
  await sendEncrypted(run, 'alice', 'bob', { alice: shared, bob: shared }, config.message);
  await sendEncrypted(run, 'bob', 'alice', { alice: shared, bob: shared }, BOB_REPLY);
}
