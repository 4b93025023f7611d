import { generateAesKey } from '../../crypto/aes.ts';
import { tryUtf8 } from '../../crypto/encoding.ts';
import { say } from '../../text/messages/engine.ts';
import { settingSays } from '../../text/messages/settings.ts';
import { signatureScheme } from '../exchange/verify-keys.ts';
import { DEFAULT_FORGERY } from '../fixed-texts.ts';
import { describeAesKey, type SharedKey } from '../keyring.ts';
import { openMessage, sealMessage } from '../message-codec.ts';
import type { Packet } from '../packet-types.ts';
import type { PartyId } from '../parties.ts';
import { copyAndForward, isFirstMessage, readLater } from './first-message.ts';
import { type OscarHoldings, oscarTriesToRead } from './holdings.ts';
import type { OscarStrategy } from './strategy.ts';

/** The first key he holds that opens the packet, if any. */
async function keyThatOpens(packet: Packet, holds: OscarHoldings): Promise<SharedKey | null> {
  for (const candidate of holds.aes) {
    const opened = await openMessage(packet.fields, candidate, holds.protection);
    if (opened.ok && tryUtf8(opened.plaintext) !== null) return candidate;
  }
  return null;
}

/**
 * He throws Alice's first message away and sends one he wrote, in her name. He seals it under
 * a key he holds that opens the original (one he stole), else under a key of his own; he
 * signs with his own key, not having Alice's. Whatever the checks make of it is the outcome.
 */
export interface ForgeOptions {
  /** What he writes in Alice's name. */
  readonly text: string;
  /** Before the run he copied every key that party holds (through relays). */
  readonly stolenFrom?: PartyId;
}

export const forger: OscarStrategy<ForgeOptions> = {
  label: settingSays('strategy.forge'),
  defaults: { text: DEFAULT_FORGERY },
  scenarios: ['conversation', 'handshake', 'relays'],
  start: (context, options) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    if (!isFirstMessage(packet)) return copyAndForward(context, packet, reading);
    const { text } = options;
    const encrypted = packet.kind === 'encrypted-message';
    const stolen = encrypted ? await keyThatOpens(packet, context.oscar) : null;
    const ownKey = encrypted && !stolen ? await generateAesKey(context.config.aesBits) : null;
    const key =
      stolen ??
      (ownKey
        ? { key: ownKey, info: await describeAesKey('oscar/forgery', 'oscar', ownKey) }
        : null);
    const { signatures, rsaBits } = context.config;
    const signer =
      signatures === 'off'
        ? null
        : (await context.keys.signing('oscar', await signatureScheme(signatures), rsaBits)).pair
            .privateKey;
    const forged: Packet = {
      ...packet,
      id: `${packet.id}-oscar`,
      forgedBy: 'oscar',
      // Headers sent in the clear (a relay's route) stay as they were.
      fields: [
        ...packet.fields.filter((f) => f.name === 'route'),
        ...(await sealMessage(text, key, context.oscar.protection, signer)),
      ],
    };
    return {
      action: { do: 'replace', with: forged },
      attempt: {
        ...reading,
        detail: say('attempt.forged', {
          readable: reading.readable ? 'yes' : 'no',
          text,
          owner: 'alice',
          key: stolen ? 'stolen' : encrypted ? 'own' : 'none',
          fingerprint: stolen?.info.fingerprint.short ?? '',
          signed: signer ? 'yes' : 'no',
        }),
      },
      narration: say('narration.forges', {
        actor: 'oscar',
        packet: packet.label,
        from: packet.from,
      }),
      ...readLater(context, packet, reading),
    };
  },
};
