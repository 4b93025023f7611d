import { randomBytes } from './bytes.ts';
import {
  GF128_ONE,
  GF128_ZERO,
  type Gf128,
  gfAdd,
  gfFromBytes,
  gfInverse,
  gfIsZero,
  gfMul,
  gfSquare,
} from './gf128.ts';

/**
 * A polynomial whose coefficients are elements of GF(2^128): index i holds the coefficient
 * of X^i. Kept trimmed (no zero leading coefficient), so the zero polynomial is [] and the
 * degree is length − 1.
 */
export type Gf128Polynomial = readonly Gf128[];

/** Bits in a field element: the Frobenius map a → a^2 has order 128, and x^(2^128) = x. */
const FIELD_BITS = 128;

export function trimmed(p: readonly Gf128[]): Gf128Polynomial {
  let end = p.length;
  while (end > 0 && gfIsZero(p[end - 1] as Gf128)) end--;
  return p.slice(0, end);
}

export function degree(p: Gf128Polynomial): number {
  return p.length - 1;
}

function add(a: Gf128Polynomial, b: Gf128Polynomial): Gf128Polynomial {
  const out: Gf128[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    out.push(gfAdd(a[i] ?? GF128_ZERO, b[i] ?? GF128_ZERO));
  return trimmed(out);
}

function scale(p: Gf128Polynomial, c: Gf128): Gf128Polynomial {
  return trimmed(p.map((coefficient) => gfMul(coefficient, c)));
}

/** The same roots, leading coefficient 1. */
export function monic(p: Gf128Polynomial): Gf128Polynomial {
  const lead = p[p.length - 1];
  if (!lead) throw new RangeError('The zero polynomial has no leading coefficient.');
  return scale(p, gfInverse(lead));
}

/** Quotient and remainder of a by a MONIC divisor (leading coefficient 1). */
function divideByMonic(
  a: Gf128Polynomial,
  divisor: Gf128Polynomial,
): { quotient: Gf128Polynomial; remainder: Gf128Polynomial } {
  const n = degree(divisor);
  const rest = [...a];
  const quotient: Gf128[] = new Array(Math.max(0, a.length - n)).fill(GF128_ZERO);
  for (let top = rest.length - 1; top >= n; top--) {
    const c = rest[top] as Gf128;
    if (gfIsZero(c)) continue;
    quotient[top - n] = c;
    // Subtract c·X^(top−n)·divisor; in characteristic 2 subtracting is adding.
    for (let j = 0; j < n; j++)
      rest[top - n + j] = gfAdd(rest[top - n + j] as Gf128, gfMul(c, divisor[j] as Gf128));
    rest[top] = GF128_ZERO;
  }
  return { quotient: trimmed(quotient), remainder: trimmed(rest.slice(0, n)) };
}

/** The monic greatest common divisor. */
export function gcd(a: Gf128Polynomial, b: Gf128Polynomial): Gf128Polynomial {
  let x = a.length === 0 ? a : monic(a);
  let y = b.length === 0 ? b : monic(b);
  while (y.length > 0) {
    const remainder = divideByMonic(x, y).remainder;
    x = y;
    y = remainder.length === 0 ? remainder : monic(remainder);
  }
  return x;
}

/**
 * p^2 modulo a monic m. Squaring is additive in characteristic 2, so p^2 is Σ c_i^2·X^(2i):
 * no cross terms, only the reduction costs.
 */
function squareModulo(p: Gf128Polynomial, m: Gf128Polynomial): Gf128Polynomial {
  const squared: Gf128[] = new Array(Math.max(0, 2 * p.length - 1)).fill(GF128_ZERO);
  p.forEach((c, i) => {
    squared[2 * i] = gfSquare(c);
  });
  return divideByMonic(trimmed(squared), m).remainder;
}

/** X^(2^128) modulo a monic m, by squaring X 128 times. */
function frobeniusOfX(m: Gf128Polynomial): Gf128Polynomial {
  let power = divideByMonic([GF128_ZERO, GF128_ONE], m).remainder;
  for (let i = 0; i < FIELD_BITS; i++) power = squareModulo(power, m);
  return power;
}

/**
 * Tr(δX) = Σ (δX)^(2^i), i < 128, modulo m. At any a in the field, Tr(δa) is 0 or 1, and
 * each value is taken by half the field: a random δ sorts the roots of m into two groups.
 */
function traceModulo(delta: Gf128, m: Gf128Polynomial): Gf128Polynomial {
  let power = divideByMonic([GF128_ZERO, delta], m).remainder;
  let sum = power;
  for (let i = 1; i < FIELD_BITS; i++) {
    power = squareModulo(power, m);
    sum = add(sum, power);
  }
  return sum;
}

/** A monic product of distinct (X + r) factors, split into its roots (Cantor–Zassenhaus). */
function splitDistinctLinear(g: Gf128Polynomial, randomElement: () => Gf128): Gf128[] {
  if (degree(g) < 1) return [];
  // X + r, and in characteristic 2 its root is r itself.
  if (degree(g) === 1) return [g[0] as Gf128];
  for (;;) {
    const factor = gcd(g, traceModulo(randomElement(), g));
    if (degree(factor) > 0 && degree(factor) < degree(g)) {
      const { quotient } = divideByMonic(g, factor);
      return [
        ...splitDistinctLinear(factor, randomElement),
        ...splitDistinctLinear(quotient, randomElement),
      ];
    }
  }
}

/**
 * Every a in GF(2^128) with p(a) = 0, each once. The roots are exactly the factors p shares
 * with X^(2^128) − X (which is the product of X − a over the whole field); that product of
 * distinct linear factors is then split by random traces.
 */
export function rootsOf(
  p: Gf128Polynomial,
  randomElement: () => Gf128 = () => gfFromBytes(randomBytes(16)),
): Gf128[] {
  if (p.length === 0) throw new RangeError('Every element is a root of the zero polynomial.');
  if (degree(p) === 0) return [];
  const m = monic(p);
  const linearPart = gcd(m, add(frobeniusOfX(m), [GF128_ZERO, GF128_ONE]));
  return splitDistinctLinear(linearPart, randomElement);
}

/** p(a), by Horner's rule. */
export function evaluate(p: Gf128Polynomial, a: Gf128): Gf128 {
  let value = GF128_ZERO;
  for (let i = p.length - 1; i >= 0; i--) value = gfAdd(gfMul(value, a), p[i] as Gf128);
  return value;
}

/** The product of (X − r) over the given roots: for tests, and for building known cases. */
export function fromRoots(roots: readonly Gf128[]): Gf128Polynomial {
  let p: Gf128Polynomial = [GF128_ONE];
  for (const r of roots) {
    const shifted = [GF128_ZERO, ...p];
    p = add(shifted, scale(p, r));
  }
  return p;
}
