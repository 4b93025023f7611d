import type { Bytes } from './bytes.ts';

/**
 * An element of GF(2^128) as GCM uses it (NIST SP 800-38D §6.3): a 16-byte block read as a
 * polynomial modulo x^128 + x^7 + x^2 + x + 1, with the bits REFLECTED: the first bit of the
 * first byte (its most significant bit) is the coefficient of x^0, the last bit of the last
 * byte the coefficient of x^127. Held as four 32-bit words, big-endian: word 0 is bytes 0–3.
 */
export type Gf128 = readonly [number, number, number, number];

export const GF128_ZERO: Gf128 = [0, 0, 0, 0];
/** The polynomial 1: the first bit of the block set. */
export const GF128_ONE: Gf128 = [0x80000000, 0, 0, 0];

/** x^128 = 1 + x + x^2 + x^7, written reflected in the top byte: 11100001. */
const X128 = 0xe1000000;

export function gfFromBytes(block: Uint8Array): Gf128 {
  if (block.length !== 16) throw new Error(`A GF(2^128) element is 16 bytes, not ${block.length}.`);
  const view = new DataView(block.buffer, block.byteOffset, 16);
  return [view.getUint32(0), view.getUint32(4), view.getUint32(8), view.getUint32(12)];
}

export function gfToBytes(a: Gf128): Bytes {
  const out = new Uint8Array(16);
  const view = new DataView(out.buffer);
  a.forEach((word, i) => {
    view.setUint32(i * 4, word);
  });
  return out;
}

export function gfAdd(a: Gf128, b: Gf128): Gf128 {
  return [(a[0] ^ b[0]) >>> 0, (a[1] ^ b[1]) >>> 0, (a[2] ^ b[2]) >>> 0, (a[3] ^ b[3]) >>> 0];
}

export function gfIsZero(a: Gf128): boolean {
  return a[0] === 0 && a[1] === 0 && a[2] === 0 && a[3] === 0;
}

export function gfEqual(a: Gf128, b: Gf128): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/**
 * x^(128+t) for the four bits that a shift by x^4 pushes past x^127, already reduced: x^t·(1 +
 * x + x^2 + x^7), indexed by those bits read as a nibble (x^124 the high bit, x^127 the low).
 */
const REDUCE_NIBBLE = Uint32Array.from({ length: 16 }, (_, u) => {
  let top = 0;
  if (u & 8) top ^= X128;
  if (u & 4) top ^= X128 >>> 1;
  if (u & 2) top ^= X128 >>> 2;
  if (u & 1) top ^= X128 >>> 3;
  return top;
});

/** nibble · b for every nibble (16 elements of 4 words), rebuilt for each product. */
const multiples = new Int32Array(64);

/** b, b · x, b · x^2, b · x^3 at the nibbles 8, 4, 2, 1 (reflected order), then every sum. */
function fillMultiples(b: Gf128): void {
  let [v0, v1, v2, v3] = b;
  for (let nibble = 8; nibble >= 1; nibble >>= 1) {
    const at = nibble * 4;
    multiples[at] = v0;
    multiples[at + 1] = v1;
    multiples[at + 2] = v2;
    multiples[at + 3] = v3;
    const carry = -(v3 & 1);
    v3 = (v3 >>> 1) | (v2 << 31);
    v2 = (v2 >>> 1) | (v1 << 31);
    v1 = (v1 >>> 1) | (v0 << 31);
    v0 = (v0 >>> 1) ^ (carry & X128);
  }
  for (let nibble = 3; nibble < 16; nibble++) {
    if ((nibble & (nibble - 1)) === 0) continue;
    const high = 1 << (31 - Math.clz32(nibble));
    const [at, hi, lo] = [nibble * 4, high * 4, (nibble ^ high) * 4];
    for (let w = 0; w < 4; w++)
      multiples[at + w] = (multiples[hi + w] as number) ^ (multiples[lo + w] as number);
  }
}

/**
 * a · b, four coefficients of a at a time (Shoup's method, as most GCM libraries do it):
 * Horner's rule over the 32 nibbles of a, from the last, with Z · x^4 reduced through
 * REDUCE_NIBBLE. Checked against published GCM tags (ghash.wycheproof.test.ts).
 */
export function gfMul(a: Gf128, b: Gf128): Gf128 {
  fillMultiples(b);
  let z0 = 0;
  let z1 = 0;
  let z2 = 0;
  let z3 = 0;
  for (let w = 3; w >= 0; w--) {
    const word = a[w] as number;
    for (let shift = 0; shift < 32; shift += 4) {
      const dropped = z3 & 15;
      z3 = (z3 >>> 4) | (z2 << 28);
      z2 = (z2 >>> 4) | (z1 << 28);
      z1 = (z1 >>> 4) | (z0 << 28);
      z0 = (z0 >>> 4) ^ (REDUCE_NIBBLE[dropped] as number);
      const at = ((word >>> shift) & 15) * 4;
      z0 ^= multiples[at] as number;
      z1 ^= multiples[at + 1] as number;
      z2 ^= multiples[at + 2] as number;
      z3 ^= multiples[at + 3] as number;
    }
  }
  return [z0 >>> 0, z1 >>> 0, z2 >>> 0, z3 >>> 0];
}

/**
 * Squaring is linear over GF(2) ((a + b)^2 = a^2 + b^2), so a^2 is the sum of the squares of
 * a's 16 bytes, each in its place: a table of 16 × 256 squares, built once from the 128
 * single-bit squares. It makes a square cost 16 look-ups instead of a multiplication.
 */
let squares: Int32Array | null = null;

function squareTable(): Int32Array {
  if (squares) return squares;
  const table = new Int32Array(16 * 256 * 4);
  for (let position = 0; position < 16; position++) {
    for (let bit = 0; bit < 8; bit++) {
      const single = new Uint8Array(16);
      single[position] = 0x80 >> bit;
      const element = gfFromBytes(single);
      table.set(gfMul(element, element), (position * 256 + (0x80 >> bit)) * 4);
    }
    for (let value = 1; value < 256; value++) {
      const lowest = value & -value;
      if (lowest === value) continue;
      const [at, a, b] = [
        position * 256 + value,
        position * 256 + (value ^ lowest),
        position * 256 + lowest,
      ];
      for (let w = 0; w < 4; w++)
        table[at * 4 + w] = (table[a * 4 + w] as number) ^ (table[b * 4 + w] as number);
    }
  }
  squares = table;
  return table;
}

export function gfSquare(a: Gf128): Gf128 {
  const table = squareTable();
  let z0 = 0;
  let z1 = 0;
  let z2 = 0;
  let z3 = 0;
  for (let position = 0; position < 16; position++) {
    const byte = ((a[position >> 2] as number) >>> (24 - 8 * (position & 3))) & 0xff;
    const at = (position * 256 + byte) * 4;
    z0 ^= table[at] as number;
    z1 ^= table[at + 1] as number;
    z2 ^= table[at + 2] as number;
    z3 ^= table[at + 3] as number;
  }
  return [z0 >>> 0, z1 >>> 0, z2 >>> 0, z3 >>> 0];
}

/** a^(2^n), by n squarings. */
function gfSquareTimes(a: Gf128, n: number): Gf128 {
  let result = a;
  for (let i = 0; i < n; i++) result = gfSquare(result);
  return result;
}

/**
 * 1/a = a^(2^128 − 2) = (a^(2^127 − 1))^2, since the non-zero elements form a group of order
 * 2^128 − 1. Itoh and Tsujii's chain builds a^(2^k − 1) for k = 1, 2, 3, 6, 7, … 126, 127 from
 * a^(2^(j+k) − 1) = (a^(2^j − 1))^(2^k) · a^(2^k − 1): 12 multiplications, the rest squarings.
 */
export function gfInverse(a: Gf128): Gf128 {
  if (gfIsZero(a)) throw new RangeError('Zero has no inverse in GF(2^128).');
  let power = a; // a^(2^k − 1)
  let k = 1;
  while (k < 127) {
    power = gfMul(gfSquareTimes(power, k), power);
    k *= 2;
    power = gfMul(gfSquare(power), a);
    k += 1;
  }
  return gfSquare(power);
}
