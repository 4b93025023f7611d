import { beforeEach, describe, expect, it } from 'vitest';
import { toHex } from './encoding.ts';
import { GF128_ZERO, type Gf128, gfFromBytes, gfIsZero, gfMul, gfToBytes } from './gf128.ts';
import { degree, evaluate, fromRoots, gcd, rootsOf } from './gf128-polynomial.ts';
import { reseed, seededBytes, testSeed } from './testing/seeded-random.ts';

const element = (): Gf128 => gfFromBytes(seededBytes(16));
const sortedHex = (roots: readonly Gf128[]) => roots.map((r) => toHex(gfToBytes(r))).sort();

describe('polynomials over GF(2^128): roots', () => {
  beforeEach((context) => reseed(testSeed(), context.task.name));

  it('finds exactly the roots a polynomial was built from, for degrees 1 to 12', () => {
    for (let n = 1; n <= 12; n++) {
      const roots = Array.from({ length: n }, element);
      expect(sortedHex(rootsOf(fromRoots(roots), element))).toEqual(sortedHex(roots));
    }
  });

  it('a repeated root is one root; a factor with no roots in the field adds none', () => {
    const r = element();
    const s = element();
    // X^2 + X + c has a root in GF(2^128) only when the trace of c is 0; multiply until it has none.
    let irreducible = [element(), [0x80000000, 0, 0, 0] as Gf128, [0x80000000, 0, 0, 0] as Gf128];
    while (rootsOf(irreducible, element).length > 0)
      irreducible = [element(), irreducible[1] as Gf128, irreducible[2] as Gf128];
    const p = multiply(multiply(fromRoots([r, r, s]), irreducible), [element()]);
    expect(sortedHex(rootsOf(p, element))).toEqual(sortedHex([r, s]));
  });

  it('zero is a root when the constant term is zero', () => {
    const r = element();
    expect(sortedHex(rootsOf(fromRoots([GF128_ZERO, r]), element))).toEqual(
      sortedHex([GF128_ZERO, r]),
    );
  });

  it('every root found evaluates to zero, on random polynomials', () => {
    for (let n = 2; n <= 9; n++) {
      const p = Array.from({ length: n + 1 }, element);
      for (const root of rootsOf(p, element)) expect(gfIsZero(evaluate(p, root))).toBe(true);
    }
  });

  it('gcd keeps the common roots only, monic', () => {
    const [a, b, c] = [element(), element(), element()];
    const g = gcd(fromRoots([a, b]), fromRoots([b, c]));
    expect(degree(g)).toBe(1);
    expect(sortedHex(rootsOf(g, element))).toEqual(sortedHex([b]));
  });
});

function multiply(a: readonly Gf128[], b: readonly Gf128[]): Gf128[] {
  const out: Gf128[] = new Array(a.length + b.length - 1).fill(GF128_ZERO);
  a.forEach((x, i) => {
    b.forEach((y, j) => {
      const product = gfMul(x, y);
      const current = out[i + j] as Gf128;
      out[i + j] = [
        (current[0] ^ product[0]) >>> 0,
        (current[1] ^ product[1]) >>> 0,
        (current[2] ^ product[2]) >>> 0,
        (current[3] ^ product[3]) >>> 0,
      ];
    });
  });
  return out;
}
