import { aesGcmEncrypt, GCM_IV_BYTES } from '../../crypto/aes.ts';
import { aesCtrEncrypt, CTR_BLOCK_BYTES } from '../../crypto/aes-ctr.ts';
import { randomBytes } from '../../crypto/bytes.ts';
import { tryUtf8, utf8Encode } from '../../crypto/encoding.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
import { CLOSING_LINE, KNOWN_ANNOUNCEMENT } from '../fixed-texts.ts';
import { openMessage } from '../message-codec.ts';
import type { Field, Packet } from '../packet-types.ts';
import { messagePacket } from '../packets.ts';
import type { Run } from '../run.ts';
import type { SessionKey } from '../session-keys.ts';
import { directTopology } from '../topology.ts';
import type { Scenario } from './scenario.ts';

/**
 * A deliberate mistake, made on purpose to show what it costs: Alice encrypts two messages
 * under one key and ONE nonce (a CTR counter block or a GCM IV), as a buggy program that
 * never changes its nonce would. Everywhere else the app draws a fresh random nonce per message.
 * Under GCM a third message follows under the same IV.
 */
export const nonceReuse: Scenario = {
  id: 'nonce-reuse',
  topology: (_config, plan) => directTopology(plan),
  play: async (run) => {
    const shared = await run.keys.preShared(run.config.aesBits);
    run.keyRegistry.register(shared.info);
    const fp = shared.info.fingerprint.short;
    run.keyLearned(
      'alice',
      shared.info,
      'shared',
      say('narration.holds-aes-key', { actor: 'alice', fingerprint: fp }),
    );
    run.keyLearned(
      'bob',
      shared.info,
      'shared',
      say('narration.holds-same-key', { actor: 'bob', fingerprint: fp }),
    );
    const gcm = run.config.cipher === 'aes-gcm';
    const nonce = randomBytes(gcm ? GCM_IV_BYTES : CTR_BLOCK_BYTES);
    const { cipher } = run.config;
    await sendUnderNonce(
      run,
      shared,
      KNOWN_ANNOUNCEMENT,
      nonce,
      say('narration.posts-announcement', { actor: 'alice', cipher }),
    );
    await sendUnderNonce(
      run,
      shared,
      run.config.message,
      nonce,
      say('narration.reuses-nonce', { actor: 'alice', cipher }),
    );
    // Two GCM tags give Oscar a few candidates for H; a third message's tag tells them apart.
    if (gcm)
      await sendUnderNonce(
        run,
        shared,
        CLOSING_LINE,
        nonce,
        say('narration.closes-day', { actor: 'alice' }),
      );
  },
};

async function sendUnderNonce(
  run: Run,
  key: SessionKey,
  text: string,
  nonce: Uint8Array,
  narration: EngineText,
): Promise<void> {
  const messageId = run.write('alice', 'bob', text);
  const fields = await sealWithNonce(run, key, utf8Encode(text), nonce);
  const packet = messagePacket(run.nextAddress('alice', 'bob'), messageId, fields, true);
  for (const arrived of await run.send(packet, narration)) {
    const protection = { cipher: run.config.cipher, placement: 'clear' as const };
    const opened = await openMessage(arrived.fields, key, protection);
    if (run.config.cipher === 'aes-gcm') tagChecked(run, arrived, opened.ok);
    const read = opened.ok ? tryUtf8(opened.plaintext) : null;
    if (read === null) {
      run.emit({
        type: 'message-rejected',
        actor: 'bob',
        messageId,
        reason: opened.ok ? say('reason.not-valid-text-short') : opened.reason,
        narration: say('narration.rejects-message', { actor: 'bob' }),
      });
      continue;
    }
    run.read(
      'bob',
      messageId,
      read,
      say('narration.decrypts-quoted', { actor: 'bob', text: read }),
    );
  }
}

/** Bob's WebCrypto AES-GCM decrypt verified the tag, or refused it. */
function tagChecked(run: Run, packet: Packet, passed: boolean): void {
  const detail = passed
    ? say('detail.webcrypto-tag-verifies', { owner: 'bob' })
    : say('detail.webcrypto-tag-refused');
  run.emit({
    type: 'check',
    actor: 'bob',
    check: 'gcm-tag',
    passed,
    detail,
    packetId: packet.id,
    narration: say('narration.checks-gcm-tag', { actor: 'bob', passed: passed ? 'yes' : 'no' }),
  });
}

export async function sealWithNonce(
  run: Run,
  key: SessionKey,
  plaintext: Uint8Array,
  nonce: Uint8Array,
): Promise<Field[]> {
  if (run.config.cipher === 'aes-ctr') {
    const sealed = await aesCtrEncrypt(key.key, plaintext, { counter: nonce });
    return [
      { name: 'counter', bytes: sealed.counter, note: say('note.reused-counter') },
      { name: 'ciphertext', bytes: sealed.ciphertext, note: say('note.xor-key-stream') },
    ];
  }
  const sealed = await aesGcmEncrypt(key.key, plaintext, { iv: nonce });
  return [
    { name: 'iv', bytes: sealed.iv, note: say('note.reused-iv') },
    { name: 'ciphertext', bytes: sealed.ciphertext, note: say('note.xor-key-stream') },
    {
      name: 'tag',
      bytes: sealed.tag,
      note: say('note.tag-equation'),
    },
  ];
}
