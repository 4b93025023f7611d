import { importAesKey } from '../../crypto/aes.ts';
import type { Bytes } from '../../crypto/bytes.ts';
import { utf8Encode } from '../../crypto/encoding.ts';
import { unwrapAesKey } from '../../crypto/rsa.ts';
import { importVerifyKey, signMessage, verifySignature } from '../../crypto/signatures.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
import type { CheckId } from '../checks.ts';
import { sealMessage } from '../message-codec.ts';
import type { Packet } from '../packet-types.ts';
import { fieldBytes, messagePacket } from '../packets.ts';
import type { SessionKey } from '../session-keys.ts';
import {
  type DirectionKeys,
  finishedMac,
  finishedVerifies,
  type KeySchedule,
  keySchedule,
  transcriptHash,
} from './key-schedule.ts';
import { Machine } from './machine.ts';
import {
  ackPacket,
  closeBytes,
  closeNotifyPacket,
  closePacket,
  finishedPacket,
  freshNonce,
  helloPacket,
  transcriptBytes,
} from './packets.ts';
import { CLOSE_NOTIFY, CONTENT, sealRecord } from './records.ts';
import { type HandshakeSetup, SECOND_MESSAGE } from './setup.ts';

export type ClientState =
  | 'START'
  | 'WAIT_HELLO_ACK'
  | 'WAIT_KEY'
  | 'WAIT_FINISHED'
  | 'ESTABLISHED'
  | 'CLOSED';

const ACCEPTS: Record<ClientState, Packet['kind'][]> = {
  START: [],
  WAIT_HELLO_ACK: ['hello-ack'],
  WAIT_KEY: ['wrapped-key'],
  // Only with the key schedule: the server's key confirmation.
  WAIT_FINISHED: ['finished'],
  ESTABLISHED: [],
  CLOSED: [],
};

/**
 * Seed 003's client, Alice: HELLO, then ACK, then her messages and CLOSE. With the key
 * schedule: after the key, the server's Finished and her own, then records and close_notify.
 */
export class Client {
  readonly machine: Machine<ClientState>;
  private readonly nonce = freshNonce();
  private serverNonce: Bytes = new Uint8Array();
  private readonly transcript: Packet[] = [];
  private schedule: KeySchedule | null = null;
  /** The key she holds as Bob's verify key: known in advance, or from HELLO+ACK. */
  private bobsVerifyKey: CryptoKey | null = null;

  constructor(private readonly setup: HandshakeSetup) {
    this.machine = new Machine<ClientState>(setup.run, 'alice', 'START', ACCEPTS);
  }

  async start(bobsVerifyKey: CryptoKey | null): Promise<void> {
    const { run, alice, keysInHello } = this.setup;
    this.bobsVerifyKey = bobsVerifyKey;
    const hello = helloPacket(
      run.nextAddress('alice', 'bob'),
      this.nonce,
      keysInHello ? { encryptionKey: alice.rsa.pair.spki, verifyKey: alice.signing.pair.spki } : {},
    );
    this.transcript.push(hello);
    run.post(
      hello,
      say('narration.opens-hello', { actor: 'alice', keys: keysInHello ? 'yes' : 'no' }),
    );
    this.machine.move(
      'WAIT_HELLO_ACK',
      'on.hello-sent',
      say('narration.waits-for', { actor: 'alice', what: 'hello-ack' }),
    );
  }

  async receive(packet: Packet): Promise<void> {
    if (!this.machine.admits(packet)) return;
    if (packet.kind === 'hello-ack') return this.onHelloAck(packet);
    if (packet.kind === 'wrapped-key') return this.onKey(packet);
    if (packet.kind === 'finished') return this.onFinished(packet);
  }

  private async onHelloAck(packet: Packet): Promise<void> {
    const { run, scheme, keysInHello } = this.setup;
    this.serverNonce = fieldBytes(packet, 'nonce');
    this.transcript.push(packet);
    if (keysInHello) {
      const spki = fieldBytes(packet, 'verify key');
      this.bobsVerifyKey = await importVerifyKey(scheme, spki);
      const info = await run.keyRegistry.describe(spki, 'signing-public', scheme);
      run.keyLearned(
        'alice',
        info,
        'bob',
        say('narration.stores-verify-key', {
          actor: 'alice',
          fingerprint: info.fingerprint.short,
          owner: 'bob',
        }),
      );
    }
    const ack = ackPacket(run.nextAddress('alice', 'bob'));
    this.transcript.push(ack);
    run.post(ack, say('narration.answers-ack', { actor: 'alice' }));
    this.machine.move(
      'WAIT_KEY',
      'on.hello-ack',
      say('narration.waits-for', { actor: 'alice', what: 'server-key' }),
    );
  }

  private async onKey(packet: Packet): Promise<void> {
    const { run, alice, transcriptSigned } = this.setup;
    this.transcript.push(packet);
    if (transcriptSigned && !(await this.transcriptVerifies(packet))) return;
    const raw = await unlessVerificationFails(() =>
      unwrapAesKey(alice.rsa.pair.privateKey, fieldBytes(packet, 'wrapped key')),
    );
    if (!raw) return this.abort('rsa-oaep.unwrap', say('reason.not-wrapped-for-her'));
    const key = await importAesKey(raw);
    const info = await run.keyRegistry.describe(key.raw, 'aes', 'AES-GCM');
    if (this.setup.keySchedule) {
      this.schedule = await keySchedule(key.raw, await transcriptHash(this.transcript), key.bits);
      run.keyLearned(
        'alice',
        info,
        'bob',
        say('narration.unwraps-secret', { actor: 'alice', fingerprint: info.fingerprint.short }),
      );
      this.machine.move(
        'WAIT_FINISHED',
        'on.key',
        say('narration.waits-for', { actor: 'alice', what: 'server-finished' }),
      );
      return;
    }
    run.keyLearned(
      'alice',
      info,
      'bob',
      say('narration.unwraps-aes-key', {
        actor: 'alice',
        fingerprint: info.fingerprint.short,
        maker: 'bob',
      }),
    );
    this.machine.move('ESTABLISHED', 'on.key', say('narration.connected', { actor: 'alice' }));
    await this.talk({ key, info });
  }

  /** Key confirmation: the server's MAC over her transcript, under the server's Finished key. */
  private async onFinished(packet: Packet): Promise<void> {
    const { run } = this.setup;
    const schedule = this.schedule;
    if (!schedule) throw new Error('Alice has no key schedule to check a Finished with.');
    const valid = await finishedVerifies(
      schedule.server,
      fieldBytes(packet, 'mac'),
      await transcriptHash(this.transcript),
    );
    run.emit({
      type: 'check',
      actor: 'alice',
      check: 'finished.server',
      passed: valid,
      detail: say(valid ? 'detail.server-finished-matches' : 'detail.server-finished-differs'),
      packetId: packet.id,
      narration: say(
        valid ? 'narration.server-finished-matches' : 'narration.server-finished-differs',
        { actor: 'alice' },
      ),
    });
    if (!valid) return this.abort('finished.server', say('reason.server-finished-differs'));
    this.transcript.push(packet);
    const mac = await finishedMac(schedule.client, await transcriptHash(this.transcript));
    run.post(
      finishedPacket(run.nextAddress('alice', 'bob'), mac),
      say('narration.sends-finished', { actor: 'alice' }),
    );
    this.machine.move('ESTABLISHED', 'on.finished', say('narration.connected', { actor: 'alice' }));
    await this.talkInRecords(schedule.client);
  }

  /** Her two messages as records 0 and 1, then close_notify as record 2. */
  private async talkInRecords(keys: DirectionKeys): Promise<void> {
    const { run } = this.setup;
    const texts = [run.config.message, SECOND_MESSAGE];
    for (const [sequence, text] of texts.entries()) {
      const messageId = run.write('alice', 'bob', text);
      const record = await sealRecord(
        keys,
        sequence,
        utf8Encode(text),
        CONTENT.applicationData,
        'text',
      );
      run.post(
        messagePacket(run.nextAddress('alice', 'bob'), messageId, record, true),
        say('narration.sends-record', { actor: 'alice', record: String(sequence) }),
      );
    }
    const last = texts.length;
    run.post(
      closeNotifyPacket(
        run.nextAddress('alice', 'bob'),
        await sealRecord(keys, last, CLOSE_NOTIFY, CONTENT.alert, 'close_notify alert'),
      ),
      say('narration.sends-close-notify', {
        actor: 'alice',
        record: String(last),
        previous: String(last - 1),
      }),
    );
    this.machine.move('CLOSED', 'on.close-notify-sent', say('narration.done', { actor: 'alice' }));
  }

  private async transcriptVerifies(packet: Packet): Promise<boolean> {
    const { run } = this.setup;
    const signature = packet.fields.find((f) => f.name === 'signature')?.bytes ?? null;
    const verifier = this.bobsVerifyKey;
    const valid =
      signature !== null &&
      verifier !== null &&
      (await verifySignature(verifier, signature, transcriptBytes(this.transcript)));
    run.emit({
      type: 'check',
      actor: 'alice',
      check: 'signature.transcript',
      passed: valid,
      detail: say(valid ? 'detail.transcript-signed' : 'detail.transcript-not-signed', {
        owner: 'bob',
      }),
      packetId: packet.id,
      narration: say(valid ? 'narration.transcript-signed' : 'narration.transcript-not-signed', {
        actor: 'alice',
        owner: 'bob',
      }),
    });
    if (!valid) this.abort('signature.transcript', say('reason.not-the-server', { owner: 'bob' }));
    return valid;
  }

  private abort(check: CheckId, reason: EngineText): void {
    this.setup.run.emit({
      type: 'aborted',
      actor: 'alice',
      reason,
      check,
      narration: say('narration.stops-because', { actor: 'alice', reason }),
    });
    this.machine.move('CLOSED', 'on.abort', say('narration.hangs-up', { actor: 'alice' }));
  }

  /** Her two messages, encrypted and signed, then CLOSE. */
  private async talk(key: SessionKey): Promise<void> {
    const { run, alice, protection, closeSigned } = this.setup;
    const texts = [run.config.message, SECOND_MESSAGE];
    for (const text of texts) {
      const messageId = run.write('alice', 'bob', text);
      const fields = await sealMessage(text, key, protection, alice.signing.pair.privateKey);
      run.post(
        messagePacket(run.nextAddress('alice', 'bob'), messageId, fields, true),
        say('narration.signs-and-sends-data', {
          actor: 'alice',
          fingerprint: key.info.fingerprint.short,
        }),
      );
    }
    const signature = closeSigned
      ? await signMessage(
          alice.signing.pair.privateKey,
          closeBytes(this.nonce, this.serverNonce, texts.length),
        )
      : null;
    run.post(
      closePacket(
        run.nextAddress('alice', 'bob'),
        signature ? { count: texts.length, signature } : null,
      ),
      signature
        ? say('narration.sends-close-signed', { actor: 'alice', count: texts.length })
        : say('narration.sends-close', { actor: 'alice' }),
    );
    this.machine.move('CLOSED', 'on.close-sent', say('narration.done', { actor: 'alice' }));
  }
}
