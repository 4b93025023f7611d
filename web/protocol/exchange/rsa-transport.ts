import { generateAesKey, importAesKey } from '../../crypto/aes.ts';
import { importRsaOaepPublicKey, unwrapAesKey, wrapAesKey } from '../../crypto/rsa.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
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
    `Bob has an RSA-${bob.pair.bits} key pair ${bobFp}. The private half never leaves him.`,
  );

  let aliceSpki: Uint8Array | null = null;
  let aliceAsBobSees: Uint8Array | null = null;
  if (config.check !== 'off') {
    const alice = await run.keys.rsa('alice', config.rsaBits);
    aliceSpki = alice.pair.spki;
    run.keyGenerated(
      'alice',
      alice.info,
      `Alice has an RSA-${alice.pair.bits} key pair ${alice.info.fingerprint.short}.`,
    );
    const arrived = await run.transmit(
      publicKeyPacket(run.nextAddress('alice', 'bob'), 'Alice’s public key', alice.pair.spki),
      `Alice sends her public key ${alice.info.fingerprint.short} to Bob.`,
    );
    aliceAsBobSees = fieldBytes(arrived, 'public key');
    const info = await run.keyRegistry.describe(aliceAsBobSees, 'rsa-public', 'RSA-OAEP');
    run.keyLearned(
      'bob',
      info,
      'alice',
      `Bob stores the public key ${info.fingerprint.short} as Alice’s.`,
    );
  }

  const bobAsAliceSees = await bobsKeyForAlice(run, bob);
  if (!bobAsAliceSees) return null;
  const bobInfo = await run.keyRegistry.describe(bobAsAliceSees, 'rsa-public', 'RSA-OAEP');
  run.keyLearned(
    'alice',
    bobInfo,
    'bob',
    `Alice stores the public key ${bobInfo.fingerprint.short} as Bob’s${config.certificates === 'on' ? ', as the certificate says' : ''}.`,
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
    `Alice makes a fresh AES-${sessionKey.bits} session key ${session.info.fingerprint.short}. It must reach Bob so that nobody else can get it.`,
  );
  const wrapped = await wrapAesKey(await importRsaOaepPublicKey(bobAsAliceSees), sessionKey.raw);
  const arrivedWrapped = await run.transmit(
    wrappedKeyPacket(run.nextAddress('alice', 'bob'), wrapped),
    `Alice wraps the session key with the key she holds as Bob’s, ${bobInfo.fingerprint.short} (RSA-OAEP, SHA-256), and sends the ${wrapped.length} bytes.`,
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
      detail: 'The wrapped key does not decrypt with Bob’s private key.',
      packetId: arrivedWrapped.id,
      narration: 'Bob cannot unwrap the key: it was not made for his key pair.',
    });
    run.emit({
      type: 'aborted',
      actor: 'bob',
      reason: 'no session key',
      check: 'rsa-oaep.unwrap',
      narration: 'Bob stops: he has no session key.',
    });
    return null;
  }
  run.emit({
    type: 'check',
    actor: 'bob',
    check: 'rsa-oaep.unwrap',
    passed: true,
    detail: `Bob's private key ${bobFp} opens the wrapped key: ${unwrapped.length} bytes.`,
    packetId: arrivedWrapped.id,
    narration: `Bob unwraps it with his private key ${bobFp}.`,
  });
  const bobsKey = await importAesKey(unwrapped);
  // Described by its bytes: if Oscar slipped in a key of his own, the registry says so.
  const bobsInfo = await run.keyRegistry.describe(bobsKey.raw, 'aes', 'AES-GCM');
  run.keyLearned(
    'bob',
    bobsInfo,
    'alice',
    `Bob now holds the session key ${bobsInfo.fingerprint.short}. He believes Alice made it.`,
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
    publicKeyPacket(run.nextAddress('bob', 'alice'), 'Bob’s public key', bob.pair.spki),
    `Bob sends his public key ${bob.info.fingerprint.short} (${bob.pair.spki.length} bytes) to Alice. It is public: anyone may see it.`,
  );
  return fieldBytes(arrived, 'public key');
}
