import { modPow, randomBelow, TOY_GROUPS, type ToyGroup } from '../../crypto/toy-dh.ts';
import { describeAesKey } from '../keyring.ts';
import type { Run } from '../run.ts';
import { searchInChunks } from '../toy/chunked-search.ts';
import {
  keyFromNumber,
  numberIn,
  numberPacket,
  numbersPacket,
  oscarComputedKey,
  sessionKeyFrom,
  talk,
} from './toy-numbers.ts';

/** The group the exchange on the stage uses: the smallest, the one the box starts with. */
export const STAGE_GROUP: ToyGroup = TOY_GROUPS[0] as ToyGroup;

/** Sizes of p at which Oscar measures his search, and how many fresh secrets at each. */
export const MEASURED_BITS = [8, 12, 16] as const;
export const SEARCHES_PER_SIZE = 16;

/** A secret exponent in [1, q − 1]. */
const secretIn = (group: ToyGroup): bigint => 1n + randomBelow(group.q - 1n);

/**
 * Diffie-Hellman with small numbers: p and g in public, A = g^a mod p and B = g^b mod p on the
 * wire. Oscar searches for a by trying exponents one by one, then computes B^a as Alice does.
 */
export async function toyDiffieHellman(run: Run): Promise<void> {
  await exchangeAndTalk(run);
}

/** The same exchange, then Oscar measures what his search costs as p grows. */
export async function toyDiffieHellmanCost(run: Run): Promise<void> {
  await exchangeAndTalk(run);
  if (run.oscarPresent) await measureSearches(run);
}

async function exchangeAndTalk(run: Run): Promise<void> {
  const group = STAGE_GROUP;
  const { aesBits } = run.config;
  const a = secretIn(group);
  const b = secretIn(group);
  const groupArrived = await run.transmit(
    numbersPacket(run, 'alice', 'bob', 'the prime p and the base g', [
      ['p', group.p],
      ['g', group.g],
    ]),
    `Alice proposes the ${group.bits}-bit prime p = ${group.p} and the base g = ${group.g}. They travel in the clear.`,
  );
  const p = numberIn(groupArrived, 'p');
  const g = numberIn(groupArrived, 'g');
  const fromAlice = await run.transmit(
    numberPacket(run, 'alice', 'bob', 'Alice’s public value A', 'A', modPow(group.g, a, group.p)),
    `Alice keeps her secret a = ${a} and sends A = g^a mod p = ${modPow(group.g, a, group.p)}.`,
  );
  const fromBob = await run.transmit(
    numberPacket(run, 'bob', 'alice', 'Bob’s public value B', 'B', modPow(g, b, p)),
    `Bob keeps his secret b = ${b} and sends B = g^b mod p = ${modPow(g, b, p)}.`,
  );
  const A = numberIn(fromAlice, 'A');
  const B = numberIn(fromBob, 'B');

  const aliceNumber = modPow(B, a, group.p);
  const bobNumber = modPow(A, b, p);
  const alice = await sessionKeyFrom('session/alice', aliceNumber, aesBits);
  const bob = await sessionKeyFrom('session/bob', bobNumber, aesBits);
  run.keyRegistry.register(alice.info);
  run.keyLearned(
    'alice',
    alice.info,
    'shared',
    `Alice computes B^a mod p = ${aliceNumber} and turns it into AES key ${alice.info.fingerprint.short} with HKDF.`,
  );
  run.keyLearned(
    'bob',
    bob.info,
    'shared',
    `Bob computes A^b mod p = ${bobNumber}: ${bobNumber === aliceNumber ? 'the same number' : 'a different number'}, so key ${bob.info.fingerprint.short}.`,
  );

  if (run.oscarPresent) {
    // Oscar works only from p, g and A as he copied them.
    const search = await searchInChunks(g, A, p);
    if (search.status === 'found') {
      const secret = search.exponent;
      run.emit({
        type: 'secret-recovered',
        actor: 'oscar',
        method: 'discrete-log search',
        bits: group.bits,
        tries: search.tried,
        secret: secret.toString(),
        narration: `Oscar tries g^x mod p for x = 0, 1, 2, … until it equals A: after ${search.tried} tries, x = ${secret}. An exponent that gives A works as well as Alice’s own.`,
      });
      const oscarNumber = modPow(B, secret, group.p);
      const key = await keyFromNumber(oscarNumber, aesBits);
      oscarComputedKey(
        run,
        { key, info: await describeAesKey('session/oscar', 'shared', key) },
        `Oscar computes B^x mod p = ${oscarNumber}, as Alice did, and gets the same AES key.`,
      );
    }
  }
  await talk(run, { alice, bob });
}

async function measureSearches(run: Run): Promise<void> {
  for (const bits of MEASURED_BITS) {
    const group = TOY_GROUPS.find((candidate) => candidate.bits === bits);
    if (!group) continue;
    let tries = 0;
    for (let i = 0; i < SEARCHES_PER_SIZE; i++) {
      const A = modPow(group.g, secretIn(group), group.p);
      tries += (await searchInChunks(group.g, A, group.p)).tried;
    }
    run.emit({
      type: 'search-measured',
      actor: 'oscar',
      bits,
      searches: SEARCHES_PER_SIZE,
      tries,
      narration: `Oscar repeats his search on ${SEARCHES_PER_SIZE} fresh ${bits}-bit exchanges: ${Math.round(tries / SEARCHES_PER_SIZE).toLocaleString('en')} exponents tried on average.`,
    });
  }
}
