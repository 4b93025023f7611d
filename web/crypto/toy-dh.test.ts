import { describe, expect, test } from 'vitest';
import { seededBigBelow } from './testing/seeded-random.ts';
import {
  bruteForceDiscreteLog,
  type DiscreteLogSearch,
  modPow,
  multiplicationPublicValue,
  multiplicationSharedSecret,
  randomBelow,
  recoverSecretByDivision,
  TOY_GROUPS,
} from './toy-dh.ts';

/** Trial division: slow, but obviously right, and enough for 32-bit numbers. */
function isPrime(n: bigint): boolean {
  if (n < 2n) return false;
  for (let d = 2n; d * d <= n; d++) if (n % d === 0n) return false;
  return true;
}

function naivePow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n % modulus;
  for (let i = 0n; i < exponent; i++) result = (((result * base) % modulus) + modulus) % modulus;
  return result;
}

describe('modPow', () => {
  test('agrees with repeated multiplication on random inputs', () => {
    for (let i = 0; i < 200; i++) {
      const modulus = 1n + seededBigBelow(1000n);
      const base = seededBigBelow(2000n) - 1000n;
      const exponent = seededBigBelow(300n);
      expect(modPow(base, exponent, modulus), `${base}^${exponent} mod ${modulus}`).toBe(
        naivePow(base, exponent, modulus),
      );
    }
  });

  test("Fermat's little theorem holds for the toy primes", () => {
    for (const { p } of TOY_GROUPS) {
      const a = 1n + seededBigBelow(p - 1n);
      expect(modPow(a, p - 1n, p)).toBe(1n);
    }
  });

  test('edge cases', () => {
    expect(modPow(5n, 0n, 7n)).toBe(1n);
    expect(modPow(5n, 3n, 1n)).toBe(0n);
    expect(() => modPow(2n, -1n, 7n)).toThrow(RangeError);
    expect(() => modPow(2n, 1n, 0n)).toThrow(RangeError);
  });
});

describe('randomBelow', () => {
  test('stays in range and reaches both ends of a small range', () => {
    const seen = new Set<bigint>();
    for (let i = 0; i < 500; i++) {
      const x = randomBelow(5n);
      expect(x >= 0n && x < 5n).toBe(true);
      seen.add(x);
    }
    expect(seen.size).toBe(5);
    expect(randomBelow(1n)).toBe(0n);
    const big = 1n << 100n;
    expect(randomBelow(big) < big).toBe(true);
  });
});

describe.each(TOY_GROUPS)('the $bits-bit toy group', ({ bits, p, q, g }) => {
  test('p is a safe prime of exactly that many bits and g has prime order q', () => {
    expect(p.toString(2).length).toBe(bits);
    expect(p).toBe(2n * q + 1n);
    expect(isPrime(p)).toBe(true);
    expect(isPrime(q)).toBe(true);
    expect(g % p).not.toBe(1n);
    expect(modPow(g, q, p)).toBe(1n); // order divides q, q is prime and g ≠ 1: order is q
  });

  test('p is the largest such prime below 2^bits, and g the smallest such generator', () => {
    for (let candidate = p + 2n; candidate < 1n << BigInt(bits); candidate += 2n) {
      expect(isPrime(candidate) && isPrime((candidate - 1n) / 2n), `${candidate}`).toBe(false);
    }
    for (let smaller = 2n; smaller < g; smaller++) expect(modPow(smaller, q, p)).not.toBe(1n);
  });

  test('Alice and Bob agree on g^ab', () => {
    const a = 1n + seededBigBelow(q - 1n);
    const b = 1n + seededBigBelow(q - 1n);
    const A = modPow(g, a, p);
    const B = modPow(g, b, p);
    expect(modPow(B, a, p)).toBe(modPow(A, b, p));
  });
});

describe('bruteForceDiscreteLog', () => {
  const small = TOY_GROUPS.filter((group) => group.bits <= 16);

  test.each(small)('finds a random secret exponent ($bits bits)', ({ p, q, g }) => {
    const a = seededBigBelow(q);
    const result = bruteForceDiscreteLog(g, modPow(g, a, p), p);
    expect(result).toEqual({ status: 'found', exponent: a, steps: Number(a) + 1 });
  });

  test.each(small)('gives the same answer when run in chunks ($bits bits)', ({ p, q, g }) => {
    const a = seededBigBelow(q);
    const A = modPow(g, a, p);
    const chunk = 1 + Number(seededBigBelow(500n));
    let fromExponent = 0n;
    let total = 0;
    let result: DiscreteLogSearch;
    for (;;) {
      result = bruteForceDiscreteLog(g, A, p, { fromExponent, maxSteps: chunk });
      total += result.steps;
      expect(result.steps).toBeLessThanOrEqual(chunk);
      if (result.status !== 'paused') break;
      fromExponent = result.nextExponent;
    }
    expect(result).toMatchObject({ status: 'found', exponent: a });
    expect(total).toBe(Number(a) + 1);
  });

  test.each(small)(
    'stops after the whole subgroup when A is not a power of g ($bits bits)',
    ({ p, q, g }) => {
      // p ≡ 3 (mod 4), so -1 is not a square, and g generates only the squares.
      expect(bruteForceDiscreteLog(g, p - 1n, p)).toEqual({
        status: 'not-found',
        steps: Number(q),
      });
    },
  );
});

describe('the multiplication scheme (seed 001)', () => {
  test('both sides get the same number, and one division recovers a secret', () => {
    for (let i = 0; i < 100; i++) {
      const n = 1n + seededBigBelow(1n << 64n);
      const a = 1n + seededBigBelow(1n << 64n);
      const b = 1n + seededBigBelow(1n << 64n);
      const Aprime = multiplicationPublicValue(a, n);
      const Bprime = multiplicationPublicValue(b, n);
      const shared = multiplicationSharedSecret(a, Bprime);
      expect(multiplicationSharedSecret(b, Aprime)).toBe(shared);

      const stolen = recoverSecretByDivision(Aprime, n);
      expect(stolen).toBe(a);
      expect(multiplicationSharedSecret(stolen, Bprime)).toBe(shared);
    }
  });

  test("the seed's own numbers", () => {
    const n = 300n;
    expect(multiplicationSharedSecret(5n, multiplicationPublicValue(7n, n))).toBe(10500n);
    expect(recoverSecretByDivision(1500n, n)).toBe(5n);
  });

  test('division needs a nonzero n that divides the public value', () => {
    expect(() => recoverSecretByDivision(10n, 0n)).toThrow(RangeError);
    expect(() => recoverSecretByDivision(10n, 3n)).toThrow('not a multiple');
  });
});
