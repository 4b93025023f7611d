import { generateAesKey } from '../../crypto/aes.ts';
import { signatureScheme } from '../exchange/verify-keys.ts';
import { describeAesKey } from '../keyring.ts';
import { sealMessage } from '../message-codec.ts';
import { oscarTriesToRead } from '../oscar.ts';
import { type Packet, partyName } from '../types.ts';
import { copyAndForward, isFirstMessage, readLater } from './first-message.ts';
import type { OscarStrategy } from './strategy.ts';

/**
 * He throws Alice's first message away and sends one he wrote, in her name. He has neither
 * their session key nor Alice's signing key, so he uses his own: whatever the checks make
 * of it is the outcome.
 */
export const forger: OscarStrategy = {
  label: 'forger: replaces a message',
  scenarios: ['conversation', 'handshake'],
  start: (context) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    if (!isFirstMessage(packet)) return copyAndForward(context, packet, reading);
    const text = context.plan.presence === 'forge' ? context.plan.text : '';
    const encrypted = packet.kind === 'encrypted-message';
    const ownKey = encrypted ? await generateAesKey(context.config.aesBits) : null;
    const key = ownKey
      ? { key: ownKey, info: await describeAesKey('oscar/forgery', 'oscar', ownKey) }
      : null;
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
      fields: await sealMessage(text, key, context.oscar.protection, signer),
    };
    const how = [
      encrypted ? 'encrypted under a key of his own (he does not have theirs)' : '',
      signer ? 'signed with his own key (he does not have Alice’s)' : '',
    ]
      .filter(Boolean)
      .join(', ');
    return {
      action: { do: 'replace', with: forged },
      attempt: {
        ...reading,
        detail: `${reading.readable ? 'He reads it, then' : 'He cannot read it, so'} he throws it away and sends “${text}” in Alice’s name${how ? `, ${how}` : ''}.`,
      },
      narration: `Oscar catches ${packet.label} from ${partyName(packet.from)} and sends one he wrote himself instead.`,
      ...readLater(context, packet, reading),
    };
  },
};
