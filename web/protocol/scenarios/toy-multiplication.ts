import {
  multiplicationPublicValue,
  multiplicationSharedSecret,
  recoverSecretByDivision,
  SEED_001_NUMBERS,
} from '../../crypto/toy-dh.ts';
import { say } from '../../text/messages/engine.ts';
import { describeAesKey } from '../keyring.ts';
import type { Run } from '../run.ts';
import {
  bitLength,
  keyFromNumber,
  numberIn,
  numberPacket,
  oscarComputedKey,
  sessionKeyFrom,
  talk,
} from './toy-numbers.ts';

/**
 * Seed 001's "key exchange": a common number n in public, each side sends its secret × n,
 * each multiplies its own secret by what arrived. Oscar divides what he copied by n.
 */
export async function toyMultiplication(run: Run): Promise<void> {
  const { n, a, b } = SEED_001_NUMBERS;
  const { aesBits } = run.config;
  const nArrived = await run.transmit(
    numberPacket(run, 'alice', 'bob', say('packet.common-number'), 'n', n),
    say('narration.proposes-common-number', { actor: 'alice', n: n.toString() }),
  );
  const nAtBob = numberIn(nArrived, 'n');
  const fromAlice = await run.transmit(
    numberPacket(
      run,
      'alice',
      'bob',
      say('packet.product', { owner: 'alice', name: 'A′' }),
      'A′',
      multiplicationPublicValue(a, n),
    ),
    say('narration.keeps-secret-sends-product', {
      actor: 'alice',
      secret: 'a',
      value: a.toString(),
      name: 'A′',
      result: multiplicationPublicValue(a, n).toString(),
    }),
  );
  const fromBob = await run.transmit(
    numberPacket(
      run,
      'bob',
      'alice',
      say('packet.product', { owner: 'bob', name: 'B′' }),
      'B′',
      multiplicationPublicValue(b, nAtBob),
    ),
    say('narration.keeps-secret-sends-product', {
      actor: 'bob',
      secret: 'b',
      value: b.toString(),
      name: 'B′',
      result: multiplicationPublicValue(b, nAtBob).toString(),
    }),
  );
  const A = numberIn(fromAlice, 'A′');
  const B = numberIn(fromBob, 'B′');

  const aliceNumber = multiplicationSharedSecret(a, B);
  const bobNumber = multiplicationSharedSecret(b, A);
  const alice = await sessionKeyFrom('session/alice', aliceNumber, aesBits);
  const bob = await sessionKeyFrom('session/bob', bobNumber, aesBits);
  run.keyRegistry.register(alice.info);
  run.keyLearned(
    'alice',
    alice.info,
    'shared',
    say('narration.computes-product', {
      actor: 'alice',
      secret: 'a',
      name: 'B′',
      value: a.toString(),
      other: B.toString(),
      result: aliceNumber.toString(),
      fingerprint: alice.info.fingerprint.short,
    }),
  );
  run.keyLearned(
    'bob',
    bob.info,
    'shared',
    say('narration.computes-product-compared', {
      actor: 'bob',
      secret: 'b',
      name: 'A′',
      value: b.toString(),
      other: A.toString(),
      result: bobNumber.toString(),
      same: bobNumber === aliceNumber ? 'yes' : 'no',
      fingerprint: bob.info.fingerprint.short,
    }),
  );

  if (run.oscarPresent) {
    // Oscar works only from what he copied off the wire.
    const secret = recoverSecretByDivision(A, numberIn(nArrived, 'n'));
    const oscarNumber = multiplicationSharedSecret(secret, B);
    run.emit({
      type: 'secret-recovered',
      actor: 'oscar',
      method: 'division',
      bits: bitLength(n),
      tries: 1,
      secret: secret.toString(),
      narration: say('narration.oscar-divides', {
        actor: 'oscar',
        product: A.toString(),
        n: n.toString(),
        secret: secret.toString(),
      }),
    });
    const key = await keyFromNumber(oscarNumber, aesBits);
    oscarComputedKey(
      run,
      { key, info: await describeAesKey('session/oscar', 'shared', key) },
      say('narration.oscar-computes-same-key', {
        actor: 'oscar',
        expression: `a × B′ = ${secret} × ${B}`,
        result: oscarNumber.toString(),
      }),
    );
  }
  await talk(run, { alice, bob });
}
