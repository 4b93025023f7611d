import { tryUtf8 } from '../../crypto/encoding.ts';
import { fieldBytes, plaintextMessage } from '../packets.ts';
import type { Run } from '../run.ts';
import type { ScenarioContext } from '../scenario.ts';
import { PARTY_NAMES, type PartyId } from '../types.ts';
import { BOB_REPLY } from './replies.ts';

/** Seed 000, first half: messages sent as they are. Whoever is on the wire reads them. */
export async function postcards({ run, config }: ScenarioContext): Promise<void> {
  await sendPostcard(run, 'alice', 'bob', config.message);
  await sendPostcard(run, 'bob', 'alice', BOB_REPLY);
}

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
