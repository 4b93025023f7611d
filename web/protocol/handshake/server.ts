import { type AesBits, generateAesKey } from '../../crypto/aes.ts';
import type { Bytes } from '../../crypto/bytes.ts';
import { tryUtf8 } from '../../crypto/encoding.ts';
import { importRsaOaepPublicKey, wrapAesKey } from '../../crypto/rsa.ts';
import { importVerifyKey, signMessage, verifySignature } from '../../crypto/signatures.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
import type { CheckId } from '../checks.ts';
import { describeAesKey } from '../keyring.ts';
import { openMessage, signatureVerifies } from '../message-codec.ts';
import type { Packet } from '../packet-types.ts';
import { fieldBytes } from '../packets.ts';
import type { SessionKey } from '../session-keys.ts';
import {
  finishedMac,
  finishedVerifies,
  type KeySchedule,
  keySchedule,
  transcriptHash,
} from './key-schedule.ts';
import { Machine } from './machine.ts';
import {
  closeBytes,
  finishedPacket,
  freshNonce,
  helloAckPacket,
  keyPacket,
  transcriptBytes,
} from './packets.ts';
import { RecordReader } from './record-reader.ts';
import type { HandshakeSetup } from './setup.ts';

export type ServerState = 'LISTEN' | 'WAIT_ACK' | 'WAIT_FINISHED' | 'ESTABLISHED' | 'CLOSED';

const ACCEPTS: Record<ServerState, Packet['kind'][]> = {
  LISTEN: ['hello'],
  WAIT_ACK: ['ack'],
  // Only with the key schedule: the client's key confirmation.
  WAIT_FINISHED: ['finished'],
  ESTABLISHED: ['encrypted-message', 'close'],
  CLOSED: [],
};

/** What the server holds as the client's keys: known in advance, or from HELLO. */
export interface ClientKeys {
  encryptionKey: Bytes | null;
  verifyKey: CryptoKey | null;
}

/**
 * Seed 003's server, Bob: HELLO+ACK, then the wrapped key; reads DATA until CLOSE. With the
 * key schedule: his Finished after the key, hers checked before any record, records opened
 * in order, close_notify the only proper end.
 */
export class Server {
  readonly machine: Machine<ServerState>;
  private readonly nonce = freshNonce();
  private clientNonce: Bytes = new Uint8Array();
  private readonly transcript: Packet[] = [];
  private session: SessionKey | null = null;
  private schedule: KeySchedule | null = null;
  private records: RecordReader | null = null;
  private accepted = 0;

  constructor(
    private readonly setup: HandshakeSetup,
    private readonly client: ClientKeys,
  ) {
    this.machine = new Machine<ServerState>(setup.run, 'bob', 'LISTEN', ACCEPTS);
  }

  async receive(packet: Packet): Promise<void> {
    if (!this.machine.admits(packet)) return;
    if (packet.kind === 'hello') return this.onHello(packet);
    if (packet.kind === 'ack') return this.onAck(packet);
    if (packet.kind === 'finished') return this.onFinished(packet);
    if (this.records) return this.onRecord(this.records, packet);
    if (packet.kind === 'encrypted-message') return this.onData(packet);
    if (packet.kind === 'close') return this.onClose(packet);
  }

  private async onHello(packet: Packet): Promise<void> {
    const { run, scheme, bob, keysInHello } = this.setup;
    this.clientNonce = fieldBytes(packet, 'nonce');
    this.transcript.push(packet);
    if (keysInHello) {
      const encryption = fieldBytes(packet, 'public key');
      const verify = fieldBytes(packet, 'verify key');
      this.client.encryptionKey = encryption;
      this.client.verifyKey = await importVerifyKey(scheme, verify);
      const info = await run.keyRegistry.describe(encryption, 'rsa-public', 'RSA-OAEP');
      run.keyLearned(
        'bob',
        info,
        'alice',
        say('narration.stores-public-key-named', {
          actor: 'bob',
          fingerprint: info.fingerprint.short,
          owner: 'alice',
        }),
      );
    }
    const helloAck = helloAckPacket(
      run.nextAddress('bob', 'alice'),
      this.nonce,
      keysInHello ? { verifyKey: bob.signing.pair.spki } : {},
    );
    this.transcript.push(helloAck);
    run.post(helloAck, say('narration.answers-hello-ack', { actor: 'bob' }));
    this.machine.move(
      'WAIT_ACK',
      'on.hello',
      say('narration.waits-for', { actor: 'bob', what: 'ack' }),
    );
  }

  private async onAck(ack: Packet): Promise<void> {
    const { run, bob, transcriptSigned } = this.setup;
    this.transcript.push(ack);
    const aliceKey = this.client.encryptionKey;
    if (!aliceKey) throw new Error('The server has no public key for the client.');
    const key = await generateAesKey(run.config.aesBits);
    const info = await describeAesKey('session/bob', 'bob', key);
    run.keyGenerated(
      'bob',
      info,
      say(this.setup.keySchedule ? 'narration.makes-secret' : 'narration.makes-aes-key', {
        actor: 'bob',
        bits: String(key.bits),
        fingerprint: info.fingerprint.short,
      }),
    );
    this.session = { key, info };
    const wrapped = await wrapAesKey(await importRsaOaepPublicKey(aliceKey), key.raw);
    const unsigned = keyPacket(run.nextAddress('bob', 'alice'), wrapped, null);
    const signature = transcriptSigned
      ? await signMessage(
          bob.signing.pair.privateKey,
          transcriptBytes([...this.transcript, unsigned]),
        )
      : null;
    const sent = signature ? keyPacket(unsigned, wrapped, signature) : unsigned;
    this.transcript.push(sent);
    run.post(
      sent,
      say('narration.wraps-for-client', {
        actor: 'bob',
        to: 'alice',
        signed: signature ? 'yes' : 'no',
      }),
    );
    if (!this.setup.keySchedule) {
      this.machine.move('ESTABLISHED', 'on.ack', say('narration.connected', { actor: 'bob' }));
      return;
    }
    await this.confirmKey(key.raw, key.bits);
  }

  /** TLS 1.3's shape: keys from the secret and transcript hash, then his Finished. */
  private async confirmKey(secret: Bytes, bits: AesBits): Promise<void> {
    const { run } = this.setup;
    const hash = await transcriptHash(this.transcript);
    this.schedule = await keySchedule(secret, hash, bits);
    const finished = finishedPacket(
      run.nextAddress('bob', 'alice'),
      await finishedMac(this.schedule.server, hash),
    );
    this.transcript.push(finished);
    run.post(finished, say('narration.sends-server-finished', { actor: 'bob' }));
    this.machine.move(
      'WAIT_FINISHED',
      'on.ack',
      say('narration.waits-for', { actor: 'bob', what: 'client-finished' }),
    );
  }

  /** Key confirmation: Alice's MAC over his transcript, under the client's Finished key. */
  private async onFinished(packet: Packet): Promise<void> {
    const { run } = this.setup;
    const schedule = this.schedule;
    if (!schedule) throw new Error('Bob has no key schedule to check a Finished with.');
    const valid = await finishedVerifies(
      schedule.client,
      fieldBytes(packet, 'mac'),
      await transcriptHash(this.transcript),
    );
    run.emit({
      type: 'check',
      actor: 'bob',
      check: 'finished.client',
      passed: valid,
      detail: say(valid ? 'detail.client-finished-matches' : 'detail.client-finished-differs'),
      packetId: packet.id,
      narration: say(
        valid ? 'narration.client-finished-matches' : 'narration.client-finished-differs',
        { actor: 'bob' },
      ),
    });
    if (!valid) {
      run.emit({
        type: 'aborted',
        actor: 'bob',
        reason: say('reason.client-finished-differs'),
        check: 'finished.client',
        narration: say('narration.stops-client-finished', { actor: 'bob' }),
      });
      this.machine.move(
        'CLOSED',
        'on.bad-finished',
        say('narration.hangs-up-unread', { actor: 'bob' }),
      );
      return;
    }
    this.records = new RecordReader(run, schedule.client);
    this.machine.move('ESTABLISHED', 'on.finished', say('narration.connected', { actor: 'bob' }));
  }

  /** With the key schedule, DATA and close_notify alike are records, opened in order. */
  private async onRecord(records: RecordReader, packet: Packet): Promise<void> {
    const result = await records.open(packet);
    if (result === 'read') {
      this.accepted++;
      return;
    }
    this.machine.move(
      'CLOSED',
      result === 'closed' ? 'on.close-notify' : 'on.bad-record',
      say(result === 'closed' ? 'narration.closes-complete' : 'narration.drops-broken', {
        actor: 'bob',
      }),
    );
  }

  /**
   * The line went quiet. Still connected, Bob never got a CLOSE (or close_notify): he knows
   * the conversation may have been cut short.
   */
  lineEnded(): void {
    if (this.machine.state !== 'ESTABLISHED') return;
    const { run } = this.setup;
    const what = this.setup.keySchedule ? 'close_notify' : 'CLOSE';
    const reason = say('reason.line-quiet', { what });
    run.emit({
      type: 'check',
      actor: 'bob',
      check: 'close.received',
      passed: false,
      detail: say('detail.no-close', { what, count: this.accepted }),
      narration: say('narration.no-close', { what, actor: 'bob' }),
    });
    run.emit({
      type: 'aborted',
      actor: 'bob',
      reason,
      check: 'close.received',
      truncated: true,
      narration: say('narration.reports-truncated', { actor: 'bob' }),
    });
    this.machine.move('CLOSED', 'on.line-quiet', say('narration.drops-broken', { actor: 'bob' }));
  }

  private async onData(packet: Packet): Promise<void> {
    const { run, protection } = this.setup;
    const messageId = packet.messageId ?? packet.id;
    const opened = await openMessage(packet.fields, this.session, protection);
    if (!opened.ok) return this.rejectMessage(packet, messageId, opened.check, opened.reason);
    const verifier = this.client.verifyKey;
    const signed =
      verifier !== null && (await signatureVerifies(verifier, opened.signature, opened.plaintext));
    if (!signed)
      return this.rejectMessage(
        packet,
        messageId,
        'signature',
        say('reason.signature-not-peer', { owner: 'alice' }),
      );
    run.emit({
      type: 'check',
      actor: 'bob',
      check: 'signature',
      passed: true,
      detail: say('detail.tag-and-signature', { owner: 'alice' }),
      packetId: packet.id,
      narration: say('narration.decrypts-signed', { actor: 'bob', owner: 'alice' }),
    });
    const text = tryUtf8(opened.plaintext);
    if (text === null)
      return this.rejectMessage(packet, messageId, 'text', say('reason.bytes-not-text'));
    this.accepted++;
    run.read('bob', messageId, text, say('narration.reads-quoted', { actor: 'bob', text }));
  }

  private rejectMessage(
    packet: Packet,
    messageId: string,
    check: CheckId,
    reason: EngineText,
  ): void {
    const { run } = this.setup;
    run.emit({
      type: 'check',
      actor: 'bob',
      check,
      passed: false,
      detail: reason,
      packetId: packet.id,
      narration: say('narration.checks-it', { actor: 'bob', reason }),
    });
    run.emit({
      type: 'message-rejected',
      actor: 'bob',
      messageId,
      reason,
      narration: say('narration.rejects-message', { actor: 'bob' }),
    });
  }

  private async onClose(packet: Packet): Promise<void> {
    const { run, closeSigned } = this.setup;
    if (!closeSigned) {
      this.machine.move(
        'CLOSED',
        'on.close',
        say('narration.closes-unsure', { actor: 'bob', count: this.accepted }),
      );
      return;
    }
    const signature = packet.fields.find((f) => f.name === 'signature')?.bytes ?? null;
    const count = packet.fields.find((f) => f.name === 'messages')?.bytes[0] ?? null;
    const verifier = this.client.verifyKey;
    const valid =
      signature !== null &&
      count !== null &&
      verifier !== null &&
      (await verifySignature(verifier, signature, closeBytes(this.clientNonce, this.nonce, count)));
    if (!valid)
      return this.cut(
        packet,
        'close.signature',
        say('reason.close-not-signed', { owner: 'alice' }),
      );
    if (count !== this.accepted)
      return this.cut(
        packet,
        'close.count',
        say('reason.close-count', { owner: 'alice', count, read: String(this.accepted) }),
      );
    run.emit({
      type: 'check',
      actor: 'bob',
      check: 'close.signature',
      passed: true,
      detail: say('detail.close-signed', { owner: 'alice', count, read: String(this.accepted) }),
      packetId: packet.id,
      narration: say('narration.close-signed', {
        actor: 'bob',
        owner: 'alice',
        count,
        read: String(this.accepted),
      }),
    });
    this.machine.move(
      'CLOSED',
      'on.close',
      say('narration.closes-count-matches', { actor: 'bob' }),
    );
  }

  /** An authenticated close that does not check out: Bob knows the conversation was cut short. */
  private cut(packet: Packet, check: CheckId, reason: EngineText): void {
    const { run } = this.setup;
    run.emit({
      type: 'check',
      actor: 'bob',
      check,
      passed: false,
      detail: reason,
      packetId: packet.id,
      narration: say('narration.checks-close', { actor: 'bob', reason }),
    });
    run.emit({
      type: 'aborted',
      actor: 'bob',
      reason,
      check,
      truncated: true,
      narration: say('narration.knows-cut-short', { actor: 'bob' }),
    });
    this.machine.move('CLOSED', 'on.bad-close', say('narration.drops-broken', { actor: 'bob' }));
  }
}
