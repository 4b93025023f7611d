import { importAesKey } from '../../crypto/aes.ts';
import type { Bytes } from '../../crypto/bytes.ts';
import { utf8Encode } from '../../crypto/encoding.ts';
import { unwrapAesKey } from '../../crypto/rsa.ts';
import { importVerifyKey, signMessage, verifySignature } from '../../crypto/signatures.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
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
      keysInHello
        ? 'Alice opens the connection: HELLO, with a fresh nonce and her two public keys.'
        : 'Alice opens the connection: HELLO, with a fresh nonce.',
    );
    this.machine.move('WAIT_HELLO_ACK', 'HELLO sent', 'Alice waits for HELLO+ACK.');
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
        `Alice stores ${info.fingerprint.short} as Bob’s verify key.`,
      );
    }
    const ack = ackPacket(run.nextAddress('alice', 'bob'));
    this.transcript.push(ack);
    run.post(ack, 'Alice answers ACK.');
    this.machine.move('WAIT_KEY', 'HELLO+ACK', 'Alice waits for the server’s key.');
  }

  private async onKey(packet: Packet): Promise<void> {
    const { run, alice, transcriptSigned } = this.setup;
    this.transcript.push(packet);
    if (transcriptSigned && !(await this.transcriptVerifies(packet))) return;
    const raw = await unlessVerificationFails(() =>
      unwrapAesKey(alice.rsa.pair.privateKey, fieldBytes(packet, 'wrapped key')),
    );
    if (!raw) return this.abort('rsa-oaep.unwrap', 'the key was not wrapped for her public key');
    const key = await importAesKey(raw);
    const info = await run.keyRegistry.describe(key.raw, 'aes', 'AES-GCM');
    if (this.setup.keySchedule) {
      this.schedule = await keySchedule(key.raw, await transcriptHash(this.transcript), key.bits);
      run.keyLearned(
        'alice',
        info,
        'bob',
        `Alice unwraps the secret ${info.fingerprint.short}. With HKDF she derives from it and the transcript hash a key and an IV for each direction, and a Finished key for each side.`,
      );
      this.machine.move('WAIT_FINISHED', 'KEY', 'Alice waits for the server’s Finished.');
      return;
    }
    run.keyLearned(
      'alice',
      info,
      'bob',
      `Alice unwraps the AES key ${info.fingerprint.short}. She believes Bob made it.`,
    );
    this.machine.move('ESTABLISHED', 'KEY', 'Alice is connected.');
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
      detail: valid
        ? 'The server’s Finished matches her transcript hash under the server’s Finished key: whoever sent it holds the secret and saw the same handshake.'
        : 'The server’s Finished does not match: the sender saw another handshake, or holds another secret.',
      packetId: packet.id,
      narration: valid
        ? 'Alice checks the server’s Finished: it matches her own transcript.'
        : 'Alice checks the server’s Finished: it does not match her transcript.',
    });
    if (!valid) return this.abort('finished.server', 'the server’s Finished does not match');
    this.transcript.push(packet);
    const mac = await finishedMac(schedule.client, await transcriptHash(this.transcript));
    run.post(
      finishedPacket(run.nextAddress('alice', 'bob'), mac),
      'Alice sends her own Finished: a MAC over the whole handshake, under her Finished key.',
    );
    this.machine.move('ESTABLISHED', 'FINISHED', 'Alice is connected.');
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
        `Alice sends DATA as record ${sequence}: AES-GCM under her traffic key, nonce = her IV XOR ${sequence}. No sequence number travels.`,
      );
    }
    const last = texts.length;
    run.post(
      closeNotifyPacket(
        run.nextAddress('alice', 'bob'),
        await sealRecord(keys, last, CLOSE_NOTIFY, CONTENT.alert, 'close_notify alert'),
      ),
      `Alice ends with close_notify, sealed as record ${last}: it opens only if records 0 to ${last - 1} came before it, in order.`,
    );
    this.machine.move('CLOSED', 'close_notify sent', 'Alice is done.');
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
      detail: valid
        ? 'The signature over HELLO, HELLO+ACK and the key verifies with the key she holds as Bob’s.'
        : 'The signature over HELLO, HELLO+ACK and the key does not verify with the key she holds as Bob’s.',
      packetId: packet.id,
      narration: valid
        ? 'Alice checks the server’s signature over the handshake: it verifies with Bob’s key.'
        : 'Alice checks the server’s signature over the handshake: it does not verify with Bob’s key.',
    });
    if (!valid) this.abort('signature.transcript', 'whoever answered is not Bob');
    return valid;
  }

  private abort(check: CheckId, reason: string): void {
    this.setup.run.emit({
      type: 'aborted',
      actor: 'alice',
      reason,
      check,
      narration: `Alice stops: ${reason}. She sends nothing.`,
    });
    this.machine.move('CLOSED', 'abort', 'Alice hangs up.');
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
        `Alice signs it, encrypts it under ${key.info.fingerprint.short} and sends DATA.`,
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
        ? `Alice sends CLOSE: “${texts.length} messages”, signed with her key.`
        : 'Alice sends CLOSE.',
    );
    this.machine.move('CLOSED', 'CLOSE sent', 'Alice is done.');
  }
}
