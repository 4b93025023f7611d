import { beforeEach, describe, expect, it } from 'vitest';
import { fromHex, toHex } from './encoding.ts';
import {
  GF128_ONE,
  type Gf128,
  gfAdd,
  gfEqual,
  gfFromBytes,
  gfInverse,
  gfMul,
  gfSquare,
  gfToBytes,
} from './gf128.ts';
import { ghash } from './ghash.ts';
import { reseed, seededBytes, testSeed } from './testing/seeded-random.ts';

const element = (): Gf128 => gfFromBytes(seededBytes(16));

describe('GF(2^128) as GCM uses it', () => {
  beforeEach((context) => reseed(testSeed(), context.task.name));

  // McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", Test Cases 1 and 2
  // (AES-128, all-zero key and IV; Test Case 2 encrypts one zero block): H, the ciphertext
  // block, X1 = C·H, E_K(Y0) (Test Case 1's tag, its message being empty) and the tag.
  const H = fromHex('66e94bd4ef8a2c3b884cfa59ca342b2e');
  const C = fromHex('0388dace60b6a392f328c2b971b2fe78');

  it('multiplies as the published test case says: X1 = C · H', () => {
    expect(toHex(gfToBytes(gfMul(gfFromBytes(C), gfFromBytes(H))))).toBe(
      '5e2ec746917062882c85b0685353deb7',
    );
  });

  it('hashes as the published test case says: GHASH(H, {}, C) + E_K(Y0) is the tag', () => {
    const encryptedY0 = gfFromBytes(fromHex('58e2fccefa7e3061367f1d57a4e7455a'));
    expect(toHex(gfToBytes(gfAdd(ghash(gfFromBytes(H), new Uint8Array(), C), encryptedY0)))).toBe(
      'ab6e47d42cec13bdf53a67b21257bddf',
    );
  });

  it('is a field: commutative, associative, distributive, 1 is neutral', () => {
    for (let i = 0; i < 20; i++) {
      const [a, b, c] = [element(), element(), element()];
      expect(gfMul(a, b)).toEqual(gfMul(b, a));
      expect(gfMul(gfMul(a, b), c)).toEqual(gfMul(a, gfMul(b, c)));
      expect(gfMul(a, gfAdd(b, c))).toEqual(gfAdd(gfMul(a, b), gfMul(a, c)));
      expect(gfMul(a, GF128_ONE)).toEqual(a);
    }
  });

  it('squares by table exactly as it multiplies', () => {
    for (let i = 0; i < 50; i++) {
      const a = element();
      expect(gfSquare(a)).toEqual(gfMul(a, a));
    }
  });

  it('inverts every non-zero element, and refuses zero', () => {
    for (let i = 0; i < 5; i++) {
      const a = element();
      expect(gfEqual(gfMul(a, gfInverse(a)), GF128_ONE)).toBe(true);
    }
    expect(() => gfInverse(gfFromBytes(new Uint8Array(16)))).toThrow(RangeError);
  });

  it('reduces by x^128 = x^7 + x^2 + x + 1: x^127 · x is 1 + x + x^2 + x^7', () => {
    // Reflected: x^127 is the last bit of the block, x the second bit of the first byte.
    const x127 = gfFromBytes(fromHex('00000000000000000000000000000001'));
    const x = gfFromBytes(fromHex('40000000000000000000000000000000'));
    expect(toHex(gfToBytes(gfMul(x127, x)))).toBe('e1000000000000000000000000000000');
  });
});
