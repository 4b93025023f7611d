import { say } from '../text/messages/engine.ts';
import { BOB_REPLY } from '../text/spoken.ts';
import { ecdhAgreement } from './exchange/ecdh-agreement.ts';
import { rsaTransport } from './exchange/rsa-transport.ts';
import { exchangeVerifyKeys } from './exchange/verify-keys.ts';
import type { Run } from './run.ts';
import { type ChannelKeys, openChannel, sendMessage } from './secure-channel.ts';

export { BOB_REPLY };

/** Alice and Bob set up keys as configured, then exchange two messages. */
export async function conversation(run: Run): Promise<void> {
  const signing = await exchangeVerifyKeys(run);
  const keys = await establish(run);
  if (keys === undefined) return;
  const channel = await openChannel(run, keys, signing);
  await sendMessage(run, 'alice', 'bob', channel, run.config.message);
  await sendMessage(run, 'bob', 'alice', channel, BOB_REPLY);
}

/** The session keys, null for plain text, undefined when the handshake was abandoned. */
export async function establish(run: Run): Promise<ChannelKeys | null | undefined> {
  switch (run.config.keyExchange) {
    case 'none':
      return null;
    case 'pre-shared':
      return preShared(run);
    case 'rsa':
      return (await rsaTransport(run)) ?? undefined;
    case 'ecdh':
      return (await ecdhAgreement(run)) ?? undefined;
  }
}

async function preShared(run: Run): Promise<ChannelKeys> {
  const shared = await run.keys.preShared(run.config.aesBits);
  const fp = shared.info.fingerprint.short;
  run.keyRegistry.register(shared.info);
  run.keyLearned(
    'alice',
    shared.info,
    'shared',
    say('narration.holds-pre-shared', {
      actor: 'alice',
      bits: String(shared.key.bits),
      fingerprint: fp,
    }),
  );
  run.keyLearned(
    'bob',
    shared.info,
    'shared',
    say('narration.holds-same-key-offline', { actor: 'bob', fingerprint: fp }),
  );
  return { alice: shared, bob: shared };
}
