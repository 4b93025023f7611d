import { generateAesKey, importAesKey } from '../../crypto/aes.ts';
import { importRsaOaepPublicKey, unwrapAesKey, wrapAesKey } from '../../crypto/rsa.ts';
import { describeAesKey } from '../keyring.ts';
import { fieldBytes, publicKeyPacket, wrappedKeyPacket } from '../packets.ts';
import type { ScenarioContext } from '../scenario.ts';
import { sendEncrypted } from '../secure-channel.ts';
import { BOB_REPLY } from './replies.ts';

/**
 * Seed 000: Bob publishes his RSA public key; Alice makes an AES key, wraps it with
 * RSA-OAEP for Bob and sends it; then AES-GCM messages both ways.
 */
export async function sealedEnvelope({ run, config, keys }: ScenarioContext): Promise<void> {
  if (run.oscarPresent) run.oscarHolds(await keys.rsa('oscar', config.rsaBits));
  const bob = await keys.rsa('bob', config.rsaBits);
  const bobFp = bob.info.fingerprint.short;
  run.keyGenerated(
    'bob',
    bob.info,
    `Bob has an RSA-${bob.pair.bits} key pair ${bobFp}. The private half never leaves him.`,
  );

  const keyPacket = publicKeyPacket(
    run.nextAddress('bob', 'alice'),
    'Bob’s public key',
    bob.pair.spki,
  );
  const arrivedKey = await run.transmit(
    keyPacket,
    `Bob sends his public key ${bobFp} (${bob.pair.spki.length} bytes) to Alice. It is public: anyone may see it.`,
  );
  const bobPublicForAlice = await importRsaOaepPublicKey(fieldBytes(arrivedKey, 'public key'));
  run.keyLearned('alice', bob.info, 'bob', `Alice stores the public key ${bobFp} as Bob’s.`);

  const sessionKey = await generateAesKey(config.aesBits);
  const session = { key: sessionKey, info: await describeAesKey('session', 'alice', sessionKey) };
  const sessionFp = session.info.fingerprint.short;
  run.keyGenerated(
    'alice',
    session.info,
    `Alice makes a fresh AES-${sessionKey.bits} session key ${sessionFp}. It must reach Bob so that nobody else can get it.`,
  );

  const wrapped = await wrapAesKey(bobPublicForAlice, sessionKey.raw);
  const wrappedPacket = wrappedKeyPacket(run.nextAddress('alice', 'bob'), wrapped);
  const arrivedWrapped = await run.transmit(
    wrappedPacket,
    `Alice wraps the session key with Bob’s public key ${bobFp} (RSA-OAEP, SHA-256) and sends the ${wrapped.length} bytes.`,
  );

  let unwrapped: Uint8Array;
  try {
    unwrapped = await unwrapAesKey(bob.pair.privateKey, fieldBytes(arrivedWrapped, 'wrapped key'));
  } catch {
    run.emit({
      type: 'check',
      actor: 'bob',
      check: 'RSA-OAEP unwrap',
      passed: false,
      detail: 'The wrapped key does not decrypt with Bob’s private key.',
      packetId: arrivedWrapped.id,
      narration: 'Bob cannot unwrap the key: it was not made for his key pair.',
    });
    run.emit({
      type: 'aborted',
      actor: 'bob',
      reason: 'no session key',
      check: 'RSA-OAEP unwrap',
      narration: 'Bob stops: he has no session key.',
    });
    return;
  }
  run.emit({
    type: 'check',
    actor: 'bob',
    check: 'RSA-OAEP unwrap',
    passed: true,
    detail: `Bob's private key ${bobFp} opens the wrapped key: ${unwrapped.length} bytes.`,
    packetId: arrivedWrapped.id,
    narration: `Bob unwraps it with his private key ${bobFp}.`,
  });
  const bobsKey = await importAesKey(unwrapped);
  const bobsSession = { key: bobsKey, info: await describeAesKey('session', 'alice', bobsKey) };
  run.keyLearned(
    'bob',
    bobsSession.info,
    'alice',
    `Bob now holds the session key ${bobsSession.info.fingerprint.short}. From now on, he uses it with Alice.`,
  );

  const channel = { alice: session, bob: bobsSession };
  await sendEncrypted(run, 'alice', 'bob', channel, config.message);
  await sendEncrypted(run, 'bob', 'alice', channel, BOB_REPLY);
}
