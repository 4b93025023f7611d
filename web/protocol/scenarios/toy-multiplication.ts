import {
  multiplicationPublicValue,
  multiplicationSharedSecret,
  recoverSecretByDivision,
  SEED_001_NUMBERS,
} from '../../crypto/toy-dh.ts';
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
    numberPacket(run, 'alice', 'bob', 'the common number n', 'n', n),
    `Alice proposes the common number n = ${n}. It travels in the clear.`,
  );
  const nAtBob = numberIn(nArrived, 'n');
  const fromAlice = await run.transmit(
    numberPacket(run, 'alice', 'bob', 'Alice’s product A′', 'A′', multiplicationPublicValue(a, n)),
    `Alice keeps her secret a = ${a} and sends A′ = a × n = ${multiplicationPublicValue(a, n)}.`,
  );
  const fromBob = await run.transmit(
    numberPacket(
      run,
      'bob',
      'alice',
      'Bob’s product B′',
      'B′',
      multiplicationPublicValue(b, nAtBob),
    ),
    `Bob keeps his secret b = ${b} and sends B′ = b × n = ${multiplicationPublicValue(b, nAtBob)}.`,
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
    `Alice computes a × B′ = ${a} × ${B} = ${aliceNumber}, and turns it into AES key ${alice.info.fingerprint.short} with HKDF.`,
  );
  run.keyLearned(
    'bob',
    bob.info,
    'shared',
    `Bob computes b × A′ = ${b} × ${A} = ${bobNumber}: ${bobNumber === aliceNumber ? 'the same number' : 'a different number'}, so key ${bob.info.fingerprint.short}.`,
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
      narration: `Oscar divides A′ by n: ${A} ÷ ${n} = ${secret}. That is Alice’s secret a, in one division.`,
    });
    const key = await keyFromNumber(oscarNumber, aesBits);
    oscarComputedKey(
      run,
      { key, info: await describeAesKey('session/oscar', 'shared', key) },
      `Oscar computes a × B′ = ${secret} × ${B} = ${oscarNumber}, as Alice did, and gets the same AES key.`,
    );
  }
  await talk(run, { alice, bob });
}
