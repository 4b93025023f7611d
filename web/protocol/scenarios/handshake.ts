import { importVerifyKey } from '../../crypto/signatures.ts';
import { say } from '../../text/messages/engine.ts';
import { signatureScheme } from '../exchange/verify-keys.ts';
import { Client } from '../handshake/client.ts';
import { type ClientKeys, Server } from '../handshake/server.ts';
import type { HandshakeSetup } from '../handshake/setup.ts';
import type { Run } from '../run.ts';
import { directTopology } from '../topology.ts';
import type { Scenario } from './scenario.ts';

/**
 * Seed 003: HELLO, HELLO+ACK, ACK; the server sends an AES key wrapped with the client's RSA
 * key; the client sends messages encrypted with it and signed; CLOSE. Each side is a state
 * machine; packets travel on a queue, past Oscar.
 */
export const handshake: Scenario = {
  id: 'handshake',
  topology: (_config, plan) => directTopology(plan),
  play: async (run) => {
    const setup = await prepare(run);
    const inAdvance = !setup.keysInHello;
    const clientKeys: ClientKeys = {
      encryptionKey: inAdvance ? setup.alice.rsa.pair.spki : null,
      verifyKey: inAdvance
        ? await importVerifyKey(setup.scheme, setup.alice.signing.pair.spki)
        : null,
    };
    const client = new Client(setup);
    const server = new Server(setup, clientKeys);
    await client.start(
      inAdvance ? await importVerifyKey(setup.scheme, setup.bob.signing.pair.spki) : null,
    );
    await run.deliverQueued((packet) =>
      packet.to === 'alice' ? client.receive(packet) : server.receive(packet),
    );
    server.lineEnded();
  },
};

async function prepare(run: Run): Promise<HandshakeSetup> {
  const { config, keys } = run;
  const scheme = await signatureScheme(config.signatures === 'off' ? 'rsa-pss' : config.signatures);
  const aliceRsa = await keys.rsa('alice', config.rsaBits);
  const aliceSigning = await keys.signing('alice', scheme, config.rsaBits);
  const bobSigning = await keys.signing('bob', scheme, config.rsaBits);
  const keysInHello = config.publicKeys === 'sent-in-hello';
  run.keyGenerated(
    'alice',
    aliceRsa.info,
    say('narration.rsa-key-pair-to-receive', {
      actor: 'alice',
      bits: String(config.rsaBits),
      fingerprint: aliceRsa.info.fingerprint.short,
    }),
  );
  run.keyGenerated(
    'alice',
    aliceSigning.info,
    say('narration.signing-key', {
      actor: 'alice',
      algorithm: aliceSigning.info.algorithm,
      fingerprint: aliceSigning.info.fingerprint.short,
    }),
  );
  run.keyGenerated(
    'bob',
    bobSigning.info,
    say('narration.signing-key', {
      actor: 'bob',
      algorithm: bobSigning.info.algorithm,
      fingerprint: bobSigning.info.fingerprint.short,
    }),
  );
  if (!keysInHello) {
    run.keyLearned(
      'bob',
      aliceRsa.info,
      'alice',
      say('narration.holds-keys-in-advance', { actor: 'bob', owner: 'alice' }),
    );
    run.keyLearned(
      'bob',
      aliceSigning.info,
      'alice',
      say('narration.holds-verify-key-too', { actor: 'bob' }),
    );
    run.keyLearned(
      'alice',
      bobSigning.info,
      'bob',
      say('narration.holds-verify-key-already', { actor: 'alice', owner: 'bob' }),
    );
  }
  if (run.presence === 'passive') run.oscarHolds(await keys.rsa('oscar', config.rsaBits));
  return {
    run,
    scheme,
    protection: run.oscar.protection,
    alice: { rsa: aliceRsa, signing: aliceSigning },
    bob: { signing: bobSigning },
    keysInHello,
    transcriptSigned: config.transcript === 'signed',
    keySchedule: config.keySchedule === 'tls13',
    closeSigned: config.keySchedule === 'off' && config.closeAuth === 'signed',
  };
}
