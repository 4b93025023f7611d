import { tryUtf8 } from '../crypto/encoding.ts';
import { type EngineText, say } from '../text/messages/engine.ts';
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
import type { PartyId } from './parties.ts';
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
  if (!key) throw new Error(`${party} has no session key in this scenario.`);
  return key;
}

function howSent(
  channel: Channel,
  from: PartyId,
  key: SessionKey | null,
  numbered: EngineText,
): EngineText {
  const scheme = channel.signing?.scheme ?? 'none';
  if (!key) return say('narration.sends-plain', { actor: from, scheme, numbered });
  return say('narration.sends-encrypted', {
    actor: from,
    scheme,
    cipher: channel.protection.cipher === 'aes-ctr' ? 'AES-CTR' : 'AES-GCM',
    fingerprint: key.info.fingerprint.short,
    placement: channel.signing ? channel.protection.placement : 'none',
    numbered,
  });
}

/** What a sent message says of its sequence number, if it carries one. */
function numberedAs(
  channel: Channel,
  key: SessionKey | null,
  sequence: number | null,
  bound: boolean,
): EngineText {
  if (sequence === null) return say('narration.unnumbered');
  const number = String(sequence);
  if (!numberAuthenticated(channel, key))
    return say('narration.numbered-unauthenticated', { number });
  return say(bound ? 'narration.numbered-bound' : 'narration.numbered', { number });
}

/** Writes `text` and protects it as the channel says: the packet, and how it was made. */
export async function sealForSending(
  run: Run,
  from: PartyId,
  to: PartyId,
  channel: Channel,
  text: string,
): Promise<{ packet: Packet; narration: EngineText }> {
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
  const numbered = numberedAs(channel, key, sequence, binding !== null);
  return { packet, narration: howSent(channel, from, key, numbered) };
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
  const key = keyOf(channel, reader);
  // Without signatures nothing is tucked inside the ciphertext, wherever signatures would go.
  const protection: Protection = channel.signing
    ? channel.protection
    : { ...channel.protection, placement: 'clear' };
  const binding = bindingOf(channel.sessionIds, reader, packet.from, reader);
  const opened = await openMessage(packet.fields, key, protection, binding);
  const reject = (check: CheckId, reason: EngineText) => {
    run.emit({
      type: 'check',
      actor: reader,
      check,
      passed: false,
      detail: reason,
      packetId: packet.id,
      narration: say('narration.checks-it', { actor: reader, reason }),
    });
    run.emit({
      type: 'message-rejected',
      actor: reader,
      messageId,
      reason,
      narration: say('narration.rejects-message', { actor: reader }),
    });
  };
  if (!opened.ok)
    return reject(
      opened.check,
      binding && opened.check === 'gcm-tag' ? say('reason.tag-session') : opened.reason,
    );
  if (key && channel.protection.cipher === 'aes-gcm') {
    run.emit({
      type: 'check',
      actor: reader,
      check: 'gcm-tag',
      passed: true,
      detail: say('detail.gcm-verifies'),
      packetId: packet.id,
      narration: say('narration.gcm-verifies', {
        actor: reader,
        fingerprint: key.info.fingerprint.short,
      }),
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
        say('reason.signature-fails', {
          scheme: signing.scheme,
          actor: reader,
          from: packet.from,
          bound: binding ? 'yes' : 'no',
        }),
      );
    run.emit({
      type: 'check',
      actor: reader,
      check: 'signature',
      passed: true,
      detail: say('detail.signature-verifies', {
        scheme: signing.scheme,
        actor: reader,
        from: packet.from,
      }),
      packetId: packet.id,
      narration: say('narration.signature-verifies', { actor: reader, from: packet.from }),
    });
  }
  const text = tryUtf8(opened.plaintext);
  if (text === null) return reject('text', say('reason.not-valid-text'));
  if (channel.sequences) {
    const number = opened.sequence ? decodeSequence(opened.sequence) : -1;
    if (number < 1) return reject(SEQUENCE_CHECK, say('reason.no-sequence'));
    const verdict = channel.sequences.judge(reader, packet.from, number);
    if (verdict.kind === 'seen')
      return reject(
        SEQUENCE_CHECK,
        number === verdict.last
          ? say('reason.sequence-seen', { number: String(number) })
          : say('reason.sequence-not-above', {
              number: String(number),
              last: String(verdict.last),
            }),
      );
    channel.sequences.accept(reader, packet.from, number);
    run.emit({
      type: 'check',
      actor: reader,
      check: SEQUENCE_CHECK,
      passed: verdict.kind === 'next',
      detail:
        verdict.kind === 'next'
          ? say('detail.sequence-next', { number: String(number) })
          : say('detail.sequence-gap', {
              number: String(number),
              expected: String(verdict.expected),
              missing: verdict.missing,
            }),
      packetId: packet.id,
      narration:
        verdict.kind === 'next'
          ? say('narration.sequence-next', { actor: reader, number: String(number) })
          : say('narration.sequence-gap', {
              actor: reader,
              number: String(number),
              expected: String(verdict.expected),
            }),
    });
  }
  const how = !key ? 'plain' : channel.protection.cipher === 'aes-ctr' ? 'ctr' : 'gcm';
  run.read(reader, messageId, text, say('narration.reads', { actor: reader, how, text }));
}
