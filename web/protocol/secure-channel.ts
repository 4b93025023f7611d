import { tryUtf8 } from '../crypto/encoding.ts';
import { agreeSessionIds } from './agree-session-ids.ts';
import type { CheckId } from './checks.ts';
import type { Signing } from './exchange/verify-keys.ts';
import {
  associatedData,
  decodeSequence,
  openMessage,
  type Protection,
  sealMessage,
  signatureVerifies,
  signedBytes,
} from './message-codec.ts';
import type { Packet } from './packet-types.ts';
import { messagePacket } from './packets.ts';
import { type PartyId, partyName } from './parties.ts';
import type { Run } from './run.ts';
import { SequenceBook } from './sequence-numbers.ts';
import { bindingOf, type SessionIds } from './session-binding.ts';
import type { SessionKey } from './session-keys.ts';

export type { SessionKey };

/** The session key each party holds; they differ only when someone interfered. */
export type ChannelKeys = Readonly<Partial<Record<PartyId, SessionKey>>>;

/** How Alice and Bob talk once set up: keys (none for plain text), cipher, signatures. */
export interface Channel {
  readonly keys: ChannelKeys | null;
  readonly protection: Protection;
  readonly signing: Signing | null;
  /** Present when messages carry sequence numbers: who sent which, who accepted which. */
  readonly sequences?: SequenceBook | null;
  /** Present when the numbers are bound to the session and direction: each party's session id. */
  readonly sessionIds?: SessionIds | null;
}

/**
 * The channel the run's settings ask for, once the keys are set up: its cipher, signatures
 * and sequence numbers; when the numbers are bound, Alice and Bob first agree a session id.
 */
export async function openChannel(
  run: Run,
  keys: ChannelKeys | null,
  signing: Signing | null,
): Promise<Channel> {
  const { sequenceNumbers, cipher, signaturePlacement } = run.config;
  return {
    keys,
    protection: { cipher, placement: signaturePlacement },
    signing,
    sequences: sequenceNumbers === 'off' ? null : new SequenceBook(),
    sessionIds: sequenceNumbers === 'bound' ? await agreeSessionIds(run) : null,
  };
}

/** Whether a tag or a signature covers what a message carries besides its text (its number). */
function numberAuthenticated(channel: Channel, key: SessionKey | null): boolean {
  return channel.signing !== null || (key !== null && channel.protection.cipher === 'aes-gcm');
}

/** The check that refuses a number already accepted and notices numbers skipped. */
export const SEQUENCE_CHECK: CheckId = 'sequence-number';

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

/** Writes `text` and protects it as the channel says: the packet, and how it was made. */
export async function sealForSending(
  run: Run,
  from: PartyId,
  to: PartyId,
  channel: Channel,
  text: string,
): Promise<{ packet: Packet; narration: string }> {
  const messageId = run.write(from, to, text);
  const key = keyOf(channel, from);
  const sequence = channel.sequences ? channel.sequences.next(from) : null;
  const binding = bindingOf(channel.sessionIds, from, from, to);
  const fields = await sealMessage(
    text,
    key,
    channel.protection,
    channel.signing?.signers[from] ?? null,
    sequence,
    binding,
  );
  const packet = messagePacket(run.nextAddress(from, to), messageId, fields, key !== null);
  const numbered =
    sequence === null
      ? ''
      : !numberAuthenticated(channel, key)
        ? ` It carries sequence number ${sequence}, which nothing authenticates: no tag, no signature.`
        : binding
          ? ` It carries sequence number ${sequence}, authenticated together with the session id and the direction.`
          : ` It carries sequence number ${sequence}.`;
  return { packet, narration: `${howSent(channel, from, key)}${numbered}` };
}

/**
 * Writes `text`, protects it as the channel says, sends it, and lets the recipient check and
 * read whatever arrives: nothing when Oscar drops it, two copies when he replays it.
 */
export async function sendMessage(
  run: Run,
  from: PartyId,
  to: PartyId,
  channel: Channel,
  text: string,
): Promise<void> {
  const { packet, narration } = await sealForSending(run, from, to, channel, text);
  for (const arrived of await run.send(packet, narration)) {
    if (arrived.messageId) await receiveMessage(run, arrived, channel);
  }
}

/** The recipient checks a message packet (tag, signature, sequence number) and reads it, or rejects it. */
export async function receiveMessage(run: Run, packet: Packet, channel: Channel): Promise<void> {
  const messageId = packet.messageId ?? packet.id;
  const reader = packet.to;
  const name = partyName(reader);
  const key = keyOf(channel, reader);
  // Without signatures nothing is tucked inside the ciphertext, wherever signatures would go.
  const protection: Protection = channel.signing
    ? channel.protection
    : { ...channel.protection, placement: 'clear' };
  const binding = bindingOf(channel.sessionIds, reader, packet.from, reader);
  const opened = await openMessage(packet.fields, key, protection, binding);
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
  if (!opened.ok)
    return reject(
      opened.check,
      binding && opened.check === 'gcm-tag'
        ? 'the tag does not verify with this session’s id and direction: wrong key, changed bytes, or a message from another session'
        : opened.reason,
    );
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
      ? await signatureVerifies(
          verifier,
          opened.signature,
          signedBytes(associatedData(binding, opened.sequence), opened.plaintext),
        )
      : false;
    if (!valid)
      return reject(
        'signature',
        `the ${signing.scheme} signature does not verify with the key ${name} holds as ${partyName(packet.from)}’s${binding ? ' over this session’s id and direction' : ''}`,
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
  if (channel.sequences) {
    const number = opened.sequence ? decodeSequence(opened.sequence) : -1;
    if (number < 1) return reject(SEQUENCE_CHECK, 'the message carries no sequence number');
    const verdict = channel.sequences.judge(reader, packet.from, number);
    if (verdict.kind === 'seen')
      return reject(
        SEQUENCE_CHECK,
        number === verdict.last
          ? `sequence ${number} already seen`
          : `sequence ${number} is not above ${verdict.last}, the last one accepted`,
      );
    channel.sequences.accept(reader, packet.from, number);
    run.emit({
      type: 'check',
      actor: reader,
      check: SEQUENCE_CHECK,
      passed: verdict.kind === 'next',
      detail:
        verdict.kind === 'next'
          ? `Sequence ${number} is the next one expected.`
          : `Sequence ${number} arrived where ${verdict.expected} was expected: ${verdict.missing} message${verdict.missing === 1 ? ' is' : 's are'} missing, dropped or held back.`,
      packetId: packet.id,
      narration:
        verdict.kind === 'next'
          ? `${name} checks the sequence number: ${number}, the next one expected.`
          : `${name} notices a gap: sequence ${number} arrived where ${verdict.expected} was expected.`,
    });
  }
  const how = !key
    ? 'It is not encrypted.'
    : channel.protection.cipher === 'aes-ctr'
      ? 'AES-CTR has no tag: nothing would show a changed byte.'
      : '';
  run.read(reader, messageId, text, `${name} reads it. ${how ? `${how} ` : ''}Text is: "${text}"`);
}
