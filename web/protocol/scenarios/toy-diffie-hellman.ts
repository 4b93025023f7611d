import { modPow, randomBelow, TOY_GROUPS, type ToyGroup } from '../../crypto/toy-dh.ts';
import { say } from '../../text/messages/engine.ts';
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
    numbersPacket(run, 'alice', 'bob', say('packet.prime-and-base'), [
      ['p', group.p],
      ['g', group.g],
    ]),
    say('narration.proposes-group', {
      actor: 'alice',
      bits: String(group.bits),
      p: group.p.toString(),
      g: group.g.toString(),
    }),
  );
  const p = numberIn(groupArrived, 'p');
  const g = numberIn(groupArrived, 'g');
  const fromAlice = await run.transmit(
    numberPacket(
      run,
      'alice',
      'bob',
      say('packet.public-value-named', { owner: 'alice', name: 'A' }),
      'A',
      modPow(group.g, a, group.p),
    ),
    say('narration.keeps-secret-sends-power', {
      actor: 'alice',
      secret: 'a',
      value: a.toString(),
      name: 'A',
      result: modPow(group.g, a, group.p).toString(),
    }),
  );
  const fromBob = await run.transmit(
    numberPacket(
      run,
      'bob',
      'alice',
      say('packet.public-value-named', { owner: 'bob', name: 'B' }),
      'B',
      modPow(g, b, p),
    ),
    say('narration.keeps-secret-sends-power', {
      actor: 'bob',
      secret: 'b',
      value: b.toString(),
      name: 'B',
      result: modPow(g, b, p).toString(),
    }),
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
    say('narration.computes-power', {
      actor: 'alice',
      expression: 'B^a',
      result: aliceNumber.toString(),
      fingerprint: alice.info.fingerprint.short,
    }),
  );
  run.keyLearned(
    'bob',
    bob.info,
    'shared',
    say('narration.computes-power-compared', {
      actor: 'bob',
      expression: 'A^b',
      result: bobNumber.toString(),
      same: bobNumber === aliceNumber ? 'yes' : 'no',
      fingerprint: bob.info.fingerprint.short,
    }),
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
        narration: say('narration.oscar-searches', {
          actor: 'oscar',
          tries: search.tried,
          secret: secret.toString(),
        }),
      });
      const oscarNumber = modPow(B, secret, group.p);
      const key = await keyFromNumber(oscarNumber, aesBits);
      oscarComputedKey(
        run,
        { key, info: await describeAesKey('session/oscar', 'shared', key) },
        say('narration.oscar-computes-same-key', {
          actor: 'oscar',
          expression: 'B^x mod p',
          result: oscarNumber.toString(),
        }),
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
      narration: say('narration.search-measured', {
        actor: 'oscar',
        searches: SEARCHES_PER_SIZE,
        bits: String(bits),
        average: Math.round(tries / SEARCHES_PER_SIZE),
      }),
    });
  }
}
