/**
 * Diffie-Hellman with numbers small enough to watch, on BigInt. For teaching only: the
 * point of these sizes is that a brute-force search finishes.
 */

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus < 1n) throw new RangeError('The modulus must be positive.');
  if (exponent < 0n) throw new RangeError('The exponent must not be negative.');
  if (modulus === 1n) return 0n;
  let result = 1n;
  let square = ((base % modulus) + modulus) % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * square) % modulus;
    square = (square * square) % modulus;
  }
  return result;
}

/** A uniformly random integer in [0, limit), from crypto.getRandomValues. */
export function randomBelow(limit: bigint): bigint {
  if (limit < 1n) throw new RangeError('The limit must be positive.');
  const bits = (limit - 1n).toString(2).length;
  const words = Math.ceil(bits / 32);
  const mask = (1n << BigInt(bits)) - 1n;
  for (;;) {
    let candidate = 0n;
    for (const word of crypto.getRandomValues(new Uint32Array(words))) {
      candidate = (candidate << 32n) | BigInt(word);
    }
    candidate &= mask;
    if (candidate < limit) return candidate;
  }
}

/**
 * A safe prime p = 2q + 1 (q prime) and a generator g of the subgroup of prime order q,
 * so every secret exponent in [1, q) gives a different public value.
 */
export interface ToyGroup {
  readonly bits: number;
  readonly p: bigint;
  readonly q: bigint;
  readonly g: bigint;
}

/** For each size, the largest safe prime below 2^bits and the smallest g ≥ 2 of order q. */
export const TOY_GROUPS: readonly ToyGroup[] = [
  { bits: 8, p: 227n, q: 113n, g: 3n },
  { bits: 12, p: 4079n, q: 2039n, g: 2n },
  { bits: 16, p: 65267n, q: 32633n, g: 3n },
  { bits: 20, p: 1048343n, q: 524171n, g: 2n },
  { bits: 24, p: 16776899n, q: 8388449n, g: 3n },
  { bits: 28, p: 268435019n, q: 134217509n, g: 3n },
  { bits: 32, p: 4294967087n, q: 2147483543n, g: 2n },
];

export type DiscreteLogSearch =
  | { readonly status: 'found'; readonly exponent: bigint; readonly steps: number }
  | { readonly status: 'paused'; readonly nextExponent: bigint; readonly steps: number }
  | { readonly status: 'not-found'; readonly steps: number };

/**
 * Oscar's attack on small-number Diffie-Hellman: try g^x for x = fromExponent, +1, … until
 * it equals A. With `maxSteps` it stops early and says where to resume, so a page can
 * yield between chunks. 'not-found' means no exponent from `fromExponent` up to the order
 * of g works (A is not a power of g).
 */
export function bruteForceDiscreteLog(
  g: bigint,
  A: bigint,
  p: bigint,
  options: { fromExponent?: bigint; maxSteps?: number } = {},
): DiscreteLogSearch {
  if (p < 3n) throw new RangeError('The modulus must be at least 3.');
  const from = options.fromExponent ?? 0n;
  if (from < 0n) throw new RangeError('The starting exponent must not be negative.');
  const maxSteps = options.maxSteps ?? Number.POSITIVE_INFINITY;
  const target = ((A % p) + p) % p;
  let value = modPow(g, from, p);
  let steps = 0;
  // The order of g divides p - 1, so no exponent at or past p - 1 is needed.
  for (let x = from; x < p - 1n; x++) {
    if (steps >= maxSteps) return { status: 'paused', nextExponent: x, steps };
    steps++;
    if (value === target) return { status: 'found', exponent: x, steps };
    value = (value * g) % p;
    // Back at g^0: every power of g has been seen.
    if (value === 1n) return { status: 'not-found', steps };
  }
  return { status: 'not-found', steps };
}

// Seed 001's "key exchange": both sides agree on a public number n and send secret × n.
// It does give both sides the same number, but anyone who saw n divides it back out.

/** Seed 001's example: the common number 300, Alice's secret 5, Bob's secret 7. */
export const SEED_001_NUMBERS = { n: 300n, a: 5n, b: 7n } as const;

export function multiplicationPublicValue(secret: bigint, n: bigint): bigint {
  return secret * n;
}

/** a × B' = a × b × n = b × A'. */
export function multiplicationSharedSecret(ownSecret: bigint, peerPublicValue: bigint): bigint {
  return ownSecret * peerPublicValue;
}

/** Oscar's one-line attack on the multiplication scheme. */
export function recoverSecretByDivision(publicValue: bigint, n: bigint): bigint {
  if (n === 0n) throw new RangeError('The common number n must not be 0.');
  if (publicValue % n !== 0n) throw new RangeError(`${publicValue} is not a multiple of ${n}.`);
  return publicValue / n;
}
