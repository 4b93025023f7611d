import { tryUtf8 } from '../crypto/encoding.ts';
import type { CheckId } from './checks.ts';
import type { Signing } from './exchange/verify-keys.ts';
import { openMessage, type Protection, sealMessage, signatureVerifies } from './message-codec.ts';
import { messagePacket } from './packets.ts';
import type { Run } from './run.ts';
import type { SessionKey } from './session-keys.ts';
import { type Packet, type PartyId, partyName } from './types.ts';

export type { SessionKey };

/** The session key each party holds; they differ only when someone interfered. */
export type ChannelKeys = Readonly<Partial<Record<PartyId, SessionKey>>>;

/** How Alice and Bob talk once set up: keys (none for plain text), cipher, signatures. */
export interface Channel {
  readonly keys: ChannelKeys | null;
  readonly protection: Protection;
  readonly signing: Signing | null;
}

function keyOf(channel: Channel, party: PartyId): SessionKey | null {
  if (!channel.keys) return null;
  const key = channel.keys[party];
  if (!key) throw new Error(`${partyName(party)} has no session key in this scenario.`);
  return key;
}

function howSent(channel: Channel, from: PartyId, key: SessionKey | null): string {
  const name = partyName(from);
  const signs = channel.signing ? `signs it with ${channel.signing.scheme} and ` : '';
  if (!key) return `${name} ${signs}sends it as it is, not encrypted: like a postcard.`;
  const cipher = channel.protection.cipher === 'aes-ctr' ? 'AES-CTR' : 'AES-GCM';
  const where = !channel.signing
    ? ''
    : channel.protection.placement === 'clear'
      ? ' The signature travels in the clear beside the ciphertext.'
      : ' The signature is encrypted with the message.';
  return `${name} ${signs}encrypts it with ${cipher} under key ${key.info.fingerprint.short}, then sends it.${where}`;
}

/** Writes `text`, protects it as the channel says, sends it, and lets the recipient check and read it. */
export async function sendMessage(
  run: Run,
  from: PartyId,
  to: PartyId,
  channel: Channel,
  text: string,
): Promise<void> {
  const messageId = run.write(from, to, text);
  const key = keyOf(channel, from);
  const fields = await sealMessage(
    text,
    key,
    channel.protection,
    channel.signing?.signers[from] ?? null,
  );
  const packet = messagePacket(run.nextAddress(from, to), messageId, fields, key !== null);
  const delivered = await run.transmit(packet, howSent(channel, from, key));
  await receiveMessage(run, delivered, channel, messageId);
}

async function receiveMessage(
  run: Run,
  packet: Packet,
  channel: Channel,
  messageId: string,
): Promise<void> {
  const reader = packet.to;
  const name = partyName(reader);
  const key = keyOf(channel, reader);
  const opened = await openMessage(packet.fields, key, channel.protection);
  const reject = (check: CheckId, reason: string) => {
    run.emit({
      type: 'check',
      actor: reader,
      check,
      passed: false,
      detail: reason,
      packetId: packet.id,
      narration: `${name} checks it: ${reason}.`,
    });
    run.emit({
      type: 'message-rejected',
      actor: reader,
      messageId,
      reason,
      narration: `${name} rejects the message.`,
    });
  };
  if (!opened.ok) return reject(opened.check, opened.reason);
  if (key && channel.protection.cipher === 'aes-gcm') {
    run.emit({
      type: 'check',
      actor: reader,
      check: 'gcm-tag',
      passed: true,
      detail: 'The tag verifies: the ciphertext is exactly what was encrypted under this key.',
      packetId: packet.id,
      narration: `${name} has the key ${key.info.fingerprint.short}; the GCM tag verifies.`,
    });
  }
  const signing = channel.signing;
  if (signing) {
    const verifier = signing.verifiers[reader];
    const valid = verifier
      ? await signatureVerifies(verifier, opened.signature, opened.plaintext)
      : false;
    if (!valid)
      return reject(
        'signature',
        `the ${signing.scheme} signature does not verify with the key ${name} holds as ${partyName(packet.from)}’s`,
      );
    run.emit({
      type: 'check',
      actor: reader,
      check: 'signature',
      passed: true,
      detail: `The ${signing.scheme} signature verifies with the key ${name} holds as ${partyName(packet.from)}’s.`,
      packetId: packet.id,
      narration: `${name} verifies the signature with the key held as ${partyName(packet.from)}’s: it verifies.`,
    });
  }
  const text = tryUtf8(opened.plaintext);
  if (text === null) return reject('text', 'the decrypted bytes are not valid text');
  const how = !key
    ? 'It is not encrypted.'
    : channel.protection.cipher === 'aes-ctr'
      ? 'AES-CTR has no tag: nothing would show a changed byte.'
      : '';
  run.read(reader, messageId, text, `${name} reads it. ${how ? `${how} ` : ''}Text is: "${text}"`);
}
