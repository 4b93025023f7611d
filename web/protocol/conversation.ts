import { tryUtf8 } from '../crypto/encoding.ts';
import { ecdhAgreement } from './exchange/ecdh-agreement.ts';
import { rsaTransport } from './exchange/rsa-transport.ts';
import { fieldBytes, plaintextMessage } from './packets.ts';
import type { Run } from './run.ts';
import { type ChannelKeys, sendEncrypted } from './secure-channel.ts';
import { PARTY_NAMES, type PartyId } from './types.ts';

/** Bob's fixed reply after the user's own message, as in seed 000's example. */
export const BOB_REPLY = 'Okay Alice, I got you. I can’t wait to see you again!';

/** Alice and Bob set up a session key as configured, then exchange two messages. */
export async function conversation(run: Run): Promise<void> {
  const channel = await establish(run);
  if (channel === null) return;
  for (const [from, to, text] of [
    ['alice', 'bob', run.config.message],
    ['bob', 'alice', BOB_REPLY],
  ] as const) {
    if (channel === 'plaintext') await sendPostcard(run, from, to, text);
    else await sendEncrypted(run, from, to, channel, text);
  }
}

async function establish(run: Run): Promise<ChannelKeys | 'plaintext' | null> {
  switch (run.config.keyExchange) {
    case 'none':
      return 'plaintext';
    case 'pre-shared':
      return preShared(run);
    case 'rsa':
      return rsaTransport(run);
    case 'ecdh':
      return ecdhAgreement(run);
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
    `Alice already holds an AES-${shared.key.bits} key ${fp}. How did she get it? Nobody has said.`,
  );
  run.keyLearned(
    'bob',
    shared.info,
    'shared',
    `Bob holds the same key ${fp}. It never crossed this wire, so Oscar has no copy.`,
  );
  return { alice: shared, bob: shared };
}

/** Seed 000's first half: a message sent as it is. */
async function sendPostcard(run: Run, from: PartyId, to: PartyId, text: string): Promise<void> {
  const messageId = run.write(from, to, text);
  const packet = plaintextMessage(run.nextAddress(from, to), messageId, text);
  const delivered = await run.transmit(
    packet,
    `${PARTY_NAMES[from]} sends it to ${PARTY_NAMES[to]} over the Internet, not encrypted: like a postcard.`,
  );
  const received = tryUtf8(fieldBytes(delivered, 'text')) ?? '';
  run.read(
    to,
    messageId,
    received,
    `${PARTY_NAMES[to]} got a new message from ${PARTY_NAMES[from]}. It is not encrypted. Text is: "${received}"`,
  );
}
