import { aesGcmDecrypt, aesGcmEncrypt } from '../crypto/aes.ts';
import { tryUtf8, utf8Encode } from '../crypto/encoding.ts';
import { gcmMessage, sealedFrom } from './packets.ts';
import type { Run } from './run.ts';
import type { SessionKey } from './session-keys.ts';
import { PARTY_NAMES, type Packet, type PartyId } from './types.ts';

export type { SessionKey };

/** The session key each party holds; they differ only when someone interfered. */
export type ChannelKeys = Readonly<Partial<Record<PartyId, SessionKey>>>;

function keyOf(keys: ChannelKeys, party: PartyId): SessionKey {
  const key = keys[party];
  if (!key) throw new Error(`${PARTY_NAMES[party]} has no session key in this scenario.`);
  return key;
}

/** Writes `text`, encrypts it with AES-GCM under the sender's key and sends it; the recipient decrypts with theirs. */
export async function sendEncrypted(
  run: Run,
  from: PartyId,
  to: PartyId,
  keys: ChannelKeys,
  text: string,
): Promise<void> {
  const session = keyOf(keys, from);
  const messageId = run.write(from, to, text);
  const sealed = await aesGcmEncrypt(session.key, utf8Encode(text));
  const packet = gcmMessage(run.nextAddress(from, to), messageId, sealed);
  const delivered = await run.transmit(
    packet,
    `${PARTY_NAMES[from]} encrypts it with AES-GCM under key ${session.info.fingerprint.short} and a fresh random IV, then sends ${sealed.ciphertext.length} bytes of ciphertext and a 16-byte tag.`,
  );
  await receiveEncrypted(run, delivered, keyOf(keys, to));
}

/** The recipient decrypts; the GCM tag check decides whether the message is accepted. */
export async function receiveEncrypted(
  run: Run,
  packet: Packet,
  session: SessionKey,
): Promise<void> {
  const reader = packet.to;
  const messageId = packet.messageId ?? packet.id;
  let text: string | null = null;
  let failure = '';
  try {
    text = tryUtf8(await aesGcmDecrypt(session.key, sealedFrom(packet)));
    if (text === null) failure = 'the decrypted bytes are not text';
  } catch {
    failure = 'the authentication tag does not match: wrong key, or the bytes were changed';
  }
  const passed = text !== null;
  run.emit({
    type: 'check',
    actor: reader,
    check: 'AES-GCM tag',
    passed,
    detail: passed
      ? 'The tag verifies: the ciphertext is exactly what was encrypted under this key.'
      : failure,
    packetId: packet.id,
    narration: passed
      ? `${PARTY_NAMES[reader]} has the key ${session.info.fingerprint.short}; the GCM tag verifies.`
      : `${PARTY_NAMES[reader]} cannot decrypt it: ${failure}.`,
  });
  if (text === null) {
    run.emit({
      type: 'message-rejected',
      actor: reader,
      messageId,
      reason: failure,
      narration: `${PARTY_NAMES[reader]} rejects the message.`,
    });
    return;
  }
  run.read(reader, messageId, text, `${PARTY_NAMES[reader]} decrypts it. Text is: "${text}"`);
}
