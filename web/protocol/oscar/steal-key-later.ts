import { importAesKey } from '../../crypto/aes.ts';
import { unwrapAesKey } from '../../crypto/rsa.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import { resolveCurve } from '../exchange/curve.ts';
import { oscarTriesToRead } from '../oscar.ts';
import { fieldBytes } from '../packets.ts';
import { deriveSessionKey, transcriptOf } from '../session-keys.ts';
import type { Packet } from '../types.ts';
import { readLater } from './first-message.ts';
import type { OscarContext, OscarStrategy } from './strategy.ts';

/**
 * Record now, decrypt later. Today he copies every packet and reads what he can (nothing,
 * on a sound channel). A year later he steals Bob's long-term private keys, the ones Bob
 * keeps from session to session, and tries them on everything he recorded.
 */
export const stealKeyLater: OscarStrategy = {
  label: 'records everything, steals Bob’s long-term key later',
  scenarios: ['conversation', 'two-sessions'],
  searchMoves: [
    {
      id: 'steal',
      group: 'afterwards',
      scenarios: ['two-sessions'],
      later: (hand) => stealKeyLater.later?.(hand.context) ?? Promise.resolve(),
      says: () =>
        'After the conversation, Oscar steals Bob’s long-term private keys and opens what he recorded',
      stoppedBy: 'ephemeral ECDH keys: forward secrecy',
    },
  ],
  start: (context) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    return {
      action: { do: 'forward' },
      attempt: {
        ...reading,
        detail: `${reading.detail} He stores the bytes for later.`,
      },
      narration: `Oscar records ${packet.label}. ${reading.detail}`,
      ...readLater(context, packet, reading),
    };
  },
  later: async (context) => {
    const recorded = [...context.seen];
    context.phase(
      'One year later',
      `One year later. Oscar still has the ${recorded.length} packets he recorded. He breaks into Bob’s computer and copies Bob’s long-term private keys.`,
    );
    await takePreSharedKey(context);
    await openWithStolenRsa(context, recorded);
    await openWithStolenEcdh(context, recorded);
    for (const packet of recorded) {
      if (packet.kind !== 'encrypted-message' || !packet.messageId) continue;
      const attempt = await oscarTriesToRead(packet, context.oscar);
      if (attempt.readable && attempt.text !== undefined)
        context.read('oscar', packet.messageId, attempt.text, `He reads: "${attempt.text}"`);
      else
        context.tried(
          packet.id,
          'recorded.decrypt',
          false,
          attempt.detail,
          'Oscar tries every key he now holds on a recorded message: none opens it.',
        );
    }
  },
};

/** A key Alice and Bob share from before the story is long-term too: it opens every session. */
async function takePreSharedKey(context: OscarContext) {
  if (context.config.keyExchange !== 'pre-shared') return;
  const shared = await context.keys.preShared(context.config.aesBits);
  context.oscar.aes.push(shared);
  context.keyLearned(
    'oscar',
    shared.info,
    'shared',
    `Among them is the key ${shared.info.fingerprint.short} that Bob shares with Alice, the same in every session.`,
  );
}

/** Bob's RSA key pair is long-term: every session key ever wrapped for it opens with it. */
async function openWithStolenRsa(context: OscarContext, recorded: readonly Packet[]) {
  const wrapped = recorded.filter((p) => p.kind === 'wrapped-key' && p.to === 'bob');
  if (wrapped.length === 0) return;
  const bob = await context.keys.rsa('bob', context.config.rsaBits);
  context.keyLearned(
    'oscar',
    bob.info,
    'bob',
    `Oscar now holds the private half of Bob’s long-term RSA key ${bob.info.fingerprint.short}.`,
  );
  for (const packet of wrapped) {
    const raw = await unlessVerificationFails(() =>
      unwrapAesKey(bob.pair.privateKey, fieldBytes(packet, 'wrapped key')),
    );
    if (!raw) {
      context.tried(
        packet.id,
        'recorded.unwrap',
        false,
        'Bob’s private key does not open it: RSA-OAEP decryption fails.',
        'Oscar tries Bob’s private key on a recorded wrapped key: it does not open.',
      );
      continue;
    }
    const key = await importAesKey(raw);
    const info = await context.keyRegistry.describe(raw, 'aes', 'AES-GCM');
    context.oscar.aes.push({ key, info });
    context.keyLearned(
      'oscar',
      info,
      'shared',
      `He unwraps the recorded wrapped key with Bob’s private key: it is the session key ${info.fingerprint.short}.`,
    );
  }
}

/**
 * ECDH: only a private key that made one of the recorded public values helps. Bob's
 * long-term ECDH pair did when he reused it (ephemeral off); fresh pairs were thrown away.
 */
async function openWithStolenEcdh(context: OscarContext, recorded: readonly Packet[]) {
  const aliceShare = recorded.find((p) => p.kind === 'key-share' && p.from === 'alice');
  const bobShare = recorded.find((p) => p.kind === 'key-share' && p.from === 'bob');
  if (!aliceShare || !bobShare) return;
  const alicePublic = fieldBytes(aliceShare, 'public value');
  const bobPublic = fieldBytes(bobShare, 'public value');
  if (context.config.ephemeral === 'on') {
    context.tried(
      bobShare.id,
      'recorded.private-key',
      false,
      'Their private halves were made for that session and thrown away when it ended. No long-term key of Bob’s took part in the key agreement; a signing key can only sign.',
      'Oscar looks for the private halves of the recorded public values: they are gone.',
    );
    return;
  }
  const bob = await context.keys.ecdh('bob', await resolveCurve(context.config.curve));
  context.keyLearned(
    'oscar',
    bob.info,
    'bob',
    `Bob reused one ECDH key pair in every session: Oscar now holds its private half ${bob.info.fingerprint.short}.`,
  );
  const key = await deriveSessionKey(
    bob.pair.curve,
    bob.pair.privateKey,
    alicePublic,
    transcriptOf(alicePublic, bobPublic),
  );
  const info = await context.keyRegistry.describe(key.raw, 'aes', 'AES-GCM');
  context.oscar.aes.push({ key, info });
  context.keyLearned(
    'oscar',
    info,
    'shared',
    `He combines it with Alice’s recorded public value, then HKDF over both recorded values: the session key ${info.fingerprint.short}.`,
  );
}
