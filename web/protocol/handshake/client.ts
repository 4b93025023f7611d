import { importAesKey } from '../../crypto/aes.ts';
import type { Bytes } from '../../crypto/bytes.ts';
import { unwrapAesKey } from '../../crypto/rsa.ts';
import { importVerifyKey, signMessage, verifySignature } from '../../crypto/signatures.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import type { CheckId } from '../checks.ts';
import { sealMessage } from '../message-codec.ts';
import { fieldBytes, messagePacket } from '../packets.ts';
import type { SessionKey } from '../session-keys.ts';
import type { Packet } from '../types.ts';
import { Machine } from './machine.ts';
import {
  ackPacket,
  closeBytes,
  closePacket,
  freshNonce,
  helloPacket,
  transcriptBytes,
} from './packets.ts';
import { type HandshakeSetup, SECOND_MESSAGE } from './setup.ts';

export type ClientState = 'START' | 'WAIT_HELLO_ACK' | 'WAIT_KEY' | 'ESTABLISHED' | 'CLOSED';

const ACCEPTS: Record<ClientState, Packet['kind'][]> = {
  START: [],
  WAIT_HELLO_ACK: ['hello-ack'],
  WAIT_KEY: ['wrapped-key'],
  ESTABLISHED: [],
  CLOSED: [],
};

/** Seed 003's client, Alice: HELLO, then ACK, then her messages and CLOSE. */
export class Client {
  readonly machine: Machine<ClientState>;
  private readonly nonce = freshNonce();
  private serverNonce: Bytes = new Uint8Array();
  private readonly transcript: Packet[] = [];
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
    run.post(ackPacket(run.nextAddress('alice', 'bob')), 'Alice answers ACK.');
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
    run.keyLearned(
      'alice',
      info,
      'bob',
      `Alice unwraps the AES key ${info.fingerprint.short}. She believes Bob made it.`,
    );
    this.machine.move('ESTABLISHED', 'KEY', 'Alice is connected.');
    await this.talk({ key, info });
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
