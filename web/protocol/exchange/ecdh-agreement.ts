import { type EcdhCurve, generateEcdhKeyPair } from '../../crypto/ecdh.ts';
import { importVerifyKey, signMessage } from '../../crypto/signatures.ts';
import { say } from '../../text/messages/engine.ts';
import {
  describeAesKey,
  describeEcdhPublicKey,
  type EcdhIdentity,
  forOneSession,
} from '../keyring.ts';
import { signatureVerifies } from '../message-codec.ts';
import type { Packet } from '../packet-types.ts';
import { fieldBytes, keySharePacket, withExtraField } from '../packets.ts';
import type { Run } from '../run.ts';
import type { ChannelKeys } from '../secure-channel.ts';
import { deriveSessionKey, type SessionKey, transcriptOf } from '../session-keys.ts';

import { presentCertificate, registerBob } from './certificate-proof.ts';
import { compareFingerprints } from './compare-fingerprints.ts';
import { resolveCurve } from './curve.ts';

type Peer = 'alice' | 'bob';

/**
 * A key pair for this exchange: made now and dropped when the run ends (ephemeral), or the
 * party's long-term pair from the key cache, the same in every run (static).
 */
async function agreementPair(run: Run, owner: Peer, curve: EcdhCurve): Promise<EcdhIdentity> {
  if (run.config.ephemeral === 'off') return run.keys.ecdh(owner, curve);
  const pair = await generateEcdhKeyPair(curve);
  const info = await describeEcdhPublicKey(owner, pair);
  return { pair, info: forOneSession({ ...info, id: `${owner}/ecdh-ephemeral` }) };
}

/**
 * Diffie-Hellman on an elliptic curve: each side sends a public value, combines the one it
 * receives with its own private key, and runs the shared secret and the transcript (both
 * public values) through HKDF-SHA-256.
 */
export async function ecdhAgreement(run: Run): Promise<ChannelKeys | null> {
  const curve = await resolveCurve(run.config.curve);
  const alice = await agreementPair(run, 'alice', curve);
  const bob = await agreementPair(run, 'bob', curve);
  const fresh = run.config.ephemeral !== 'off';
  const algorithm = alice.info.algorithm;
  if (run.presence === 'passive') {
    const oscar = await run.keys.ecdh('oscar', curve);
    run.keyGenerated(
      'oscar',
      oscar.info,
      say('narration.oscar-ecdh-pair', {
        actor: 'oscar',
        algorithm,
        fingerprint: oscar.info.fingerprint.short,
      }),
    );
  }
  for (const [who, id] of [
    ['alice', alice],
    ['bob', bob],
  ] as const) {
    run.keyGenerated(
      who,
      id.info,
      say(fresh ? 'narration.ephemeral-pair' : 'narration.static-pair', {
        actor: who,
        algorithm,
        fingerprint: id.info.fingerprint.short,
      }),
    );
  }

  // With certificates, Bob proves his public value with a signature by a certified key.
  const certified =
    run.config.certificates === 'on'
      ? await run.keys.signing('bob', 'ECDSA-P256', run.config.rsaBits)
      : null;
  if (certified) {
    run.keyGenerated(
      'bob',
      certified.info,
      say('narration.certified-signing-key', {
        actor: 'bob',
        fingerprint: certified.info.fingerprint.short,
      }),
    );
  }
  const certificate = certified
    ? await registerBob(run, certified.pair.spki, certified.info)
    : null;

  const received: Record<Peer, Uint8Array> = { alice: new Uint8Array(), bob: new Uint8Array() };
  for (const [from, to, own] of [
    ['alice', 'bob', alice],
    ['bob', 'alice', bob],
  ] as const) {
    let verifyWith: Uint8Array | null = null;
    if (from === 'bob' && certificate) {
      verifyWith = await presentCertificate(run, certificate, 'digitalSignature');
      if (!verifyWith) return null;
    }
    let share = keySharePacket(
      run.nextAddress(from, to),
      say('packet.public-value', { owner: from }),
      algorithm,
      own.pair.publicRaw,
    );
    if (from === 'bob' && certified) {
      share = withExtraField(share, {
        name: 'signature',
        bytes: await signMessage(
          certified.pair.privateKey,
          transcriptOf(received.bob, own.pair.publicRaw),
        ),
        note: say('note.certified-signature'),
      });
    }
    const arrived = await run.transmit(
      share,
      say('narration.sends-public-value', {
        actor: from,
        fingerprint: own.info.fingerprint.short,
        size: own.pair.publicRaw.length,
        to,
        signed: verifyWith ? 'yes' : 'no',
      }),
    );
    received[to] = fieldBytes(arrived, 'public value');
    if (
      verifyWith &&
      !(await shareSignatureVerifies(run, arrived, verifyWith, alice.pair.publicRaw))
    )
      return null;
    const info = await run.keyRegistry.describe(received[to], 'ecdh-public', algorithm);
    run.keyLearned(
      to,
      info,
      from,
      say('narration.stores-public-value', {
        actor: to,
        fingerprint: info.fingerprint.short,
        owner: from,
      }),
    );
  }

  const agreed = await compareFingerprints(run, run.config.check, {
    alice: [alice.pair.publicRaw, received.alice],
    bob: [received.bob, bob.pair.publicRaw],
  });
  if (!agreed) return null;

  const sessions: Partial<Record<Peer, SessionKey>> = {};
  for (const [who, own, peer] of [
    ['alice', alice, 'bob'],
    ['bob', bob, 'alice'],
  ] as const) {
    const transcript =
      who === 'alice'
        ? transcriptOf(own.pair.publicRaw, received.alice)
        : transcriptOf(received.bob, own.pair.publicRaw);
    const key = await deriveSessionKey(curve, own.pair.privateKey, received[who], transcript);
    // The real counterpart is whoever holds the private half of the value that arrived.
    const counterpart = (await run.keyRegistry.describe(received[who], 'ecdh-public', algorithm))
      .owner;
    const info = forOneSession(
      await describeAesKey(
        `session/${who}`,
        counterpart === 'unknown' ? 'unknown' : counterpart,
        key,
      ),
    );
    sessions[who] = { key, info };
    run.keyLearned(
      who,
      info,
      peer,
      say('narration.derives-session-key', {
        actor: who,
        peer,
        fingerprint: info.fingerprint.short,
      }),
    );
  }
  return sessions;
}

/**
 * Alice checks that the transcript as she saw it (her own value, then the one that arrived)
 * was signed by the key Bob’s certificate vouches for.
 */
async function shareSignatureVerifies(
  run: Run,
  share: Packet,
  certifiedSpki: Uint8Array,
  aliceShare: Uint8Array,
): Promise<boolean> {
  const signature = share.fields.find((f) => f.name === 'signature')?.bytes ?? null;
  const key = await importVerifyKey('ECDSA-P256', certifiedSpki);
  const transcript = transcriptOf(aliceShare, fieldBytes(share, 'public value'));
  const passed = await signatureVerifies(key, signature, transcript);
  const check = 'signature.key-share';
  run.emit({
    type: 'check',
    actor: 'alice',
    check,
    passed,
    detail: say(passed ? 'detail.share-signed' : 'detail.share-not-signed'),
    packetId: share.id,
    narration: say(
      passed ? 'narration.share-signature-verifies' : 'narration.share-signature-fails',
      { actor: 'alice' },
    ),
  });
  if (!passed) {
    run.emit({
      type: 'aborted',
      actor: 'alice',
      reason: say('reason.share-unsigned'),
      check,
      narration: say('narration.stops-sends-nothing', { actor: 'alice' }),
    });
  }
  return passed;
}
