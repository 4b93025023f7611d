import { generateAesKey, importAesKey } from '../../crypto/aes.ts';
import { importRsaOaepPublicKey, unwrapAesKey, wrapAesKey } from '../../crypto/rsa.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import { say } from '../../text/messages/engine.ts';
import { describeAesKey, forOneSession, type RsaIdentity } from '../keyring.ts';
import { fieldBytes, publicKeyPacket, wrappedKeyPacket } from '../packets.ts';
import type { Run } from '../run.ts';
import type { ChannelKeys } from '../secure-channel.ts';
import { presentCertificate, registerBob } from './certificate-proof.ts';
import { compareFingerprints } from './compare-fingerprints.ts';

/**
 * Seed 000's key transport: Bob publishes his RSA public key; Alice makes an AES key,
 * wraps it with RSA-OAEP for Bob and sends it. With a fingerprint check on, Alice sends her
 * public key too (as seed 004's peers do), so both can check the pair of keys.
 */
export async function rsaTransport(run: Run): Promise<ChannelKeys | null> {
  const { config } = run;
  if (run.presence === 'passive') run.oscarHolds(await run.keys.rsa('oscar', config.rsaBits));
  const bob = await run.keys.rsa('bob', config.rsaBits);
  const bobFp = bob.info.fingerprint.short;
  run.keyGenerated(
    'bob',
    bob.info,
    say('narration.rsa-key-pair-private', {
      actor: 'bob',
      bits: String(bob.pair.bits),
      fingerprint: bobFp,
    }),
  );

  let aliceSpki: Uint8Array | null = null;
  let aliceAsBobSees: Uint8Array | null = null;
  if (config.check !== 'off') {
    const alice = await run.keys.rsa('alice', config.rsaBits);
    aliceSpki = alice.pair.spki;
    run.keyGenerated(
      'alice',
      alice.info,
      say('narration.rsa-key-pair', {
        actor: 'alice',
        bits: String(alice.pair.bits),
        fingerprint: alice.info.fingerprint.short,
      }),
    );
    const arrived = await run.transmit(
      publicKeyPacket(
        run.nextAddress('alice', 'bob'),
        say('packet.public-key', { owner: 'alice' }),
        alice.pair.spki,
      ),
      say('narration.sends-public-key', {
        actor: 'alice',
        fingerprint: alice.info.fingerprint.short,
        to: 'bob',
      }),
    );
    aliceAsBobSees = fieldBytes(arrived, 'public key');
    const info = await run.keyRegistry.describe(aliceAsBobSees, 'rsa-public', 'RSA-OAEP');
    run.keyLearned(
      'bob',
      info,
      'alice',
      say('narration.stores-public-key', {
        actor: 'bob',
        fingerprint: info.fingerprint.short,
        owner: 'alice',
        certified: 'no',
      }),
    );
  }

  const bobAsAliceSees = await bobsKeyForAlice(run, bob);
  if (!bobAsAliceSees) return null;
  const bobInfo = await run.keyRegistry.describe(bobAsAliceSees, 'rsa-public', 'RSA-OAEP');
  run.keyLearned(
    'alice',
    bobInfo,
    'bob',
    say('narration.stores-public-key', {
      actor: 'alice',
      fingerprint: bobInfo.fingerprint.short,
      owner: 'bob',
      certified: config.certificates === 'on' ? 'yes' : 'no',
    }),
  );

  if (aliceSpki && aliceAsBobSees) {
    const agreed = await compareFingerprints(run, config.check, {
      alice: [aliceSpki, bobAsAliceSees],
      bob: [aliceAsBobSees, bob.pair.spki],
    });
    if (!agreed) return null;
  }

  const sessionKey = await generateAesKey(config.aesBits);
  const session = {
    key: sessionKey,
    info: forOneSession(await describeAesKey('session/alice', 'alice', sessionKey)),
  };
  run.keyGenerated(
    'alice',
    session.info,
    say('narration.makes-session-key', {
      actor: 'alice',
      bits: String(sessionKey.bits),
      fingerprint: session.info.fingerprint.short,
      to: 'bob',
    }),
  );
  const wrapped = await wrapAesKey(await importRsaOaepPublicKey(bobAsAliceSees), sessionKey.raw);
  const arrivedWrapped = await run.transmit(
    wrappedKeyPacket(run.nextAddress('alice', 'bob'), wrapped),
    say('narration.wraps-session-key', {
      actor: 'alice',
      to: 'bob',
      fingerprint: bobInfo.fingerprint.short,
      size: wrapped.length,
    }),
  );

  const unwrapped = await unlessVerificationFails(() =>
    unwrapAesKey(bob.pair.privateKey, fieldBytes(arrivedWrapped, 'wrapped key')),
  );
  if (!unwrapped) {
    run.emit({
      type: 'check',
      actor: 'bob',
      check: 'rsa-oaep.unwrap',
      passed: false,
      detail: say('detail.unwrap-fails', { owner: 'bob' }),
      packetId: arrivedWrapped.id,
      narration: say('narration.cannot-unwrap', { actor: 'bob' }),
    });
    run.emit({
      type: 'aborted',
      actor: 'bob',
      reason: say('reason.no-session-key'),
      check: 'rsa-oaep.unwrap',
      narration: say('narration.stops-no-session-key', { actor: 'bob' }),
    });
    return null;
  }
  run.emit({
    type: 'check',
    actor: 'bob',
    check: 'rsa-oaep.unwrap',
    passed: true,
    detail: say('detail.unwrap-opens', {
      owner: 'bob',
      fingerprint: bobFp,
      size: unwrapped.length,
    }),
    packetId: arrivedWrapped.id,
    narration: say('narration.unwraps', { actor: 'bob', fingerprint: bobFp }),
  });
  const bobsKey = await importAesKey(unwrapped);
  // Described by its bytes: if Oscar slipped in a key of his own, the registry says so.
  const bobsInfo = await run.keyRegistry.describe(bobsKey.raw, 'aes', 'AES-GCM');
  run.keyLearned(
    'bob',
    bobsInfo,
    'alice',
    say('narration.holds-session-key', {
      actor: 'bob',
      fingerprint: bobsInfo.fingerprint.short,
      maker: 'alice',
    }),
  );
  return { alice: session, bob: { key: bobsKey, info: bobsInfo } };
}

/** Bob's public key as it reaches Alice: bare, or inside a certificate she checks first. */
async function bobsKeyForAlice(run: Run, bob: RsaIdentity): Promise<Uint8Array | null> {
  if (run.config.certificates === 'on') {
    const certificate = await registerBob(run, bob.pair.spki, bob.info);
    return presentCertificate(run, certificate, 'keyEncipherment');
  }
  const arrived = await run.transmit(
    publicKeyPacket(
      run.nextAddress('bob', 'alice'),
      say('packet.public-key', { owner: 'bob' }),
      bob.pair.spki,
    ),
    say('narration.sends-rsa-public-key', {
      actor: 'bob',
      fingerprint: bob.info.fingerprint.short,
      size: bob.pair.spki.length,
      to: 'alice',
    }),
  );
  return fieldBytes(arrived, 'public key');
}
