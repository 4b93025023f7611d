import { type Bytes, bytesEqual } from './bytes.ts';
import { type Gf128, gfAdd, gfFromBytes, gfToBytes } from './gf128.ts';
import { type Gf128Polynomial, rootsOf, trimmed } from './gf128-polynomial.ts';
import { ghash, ghashInput } from './ghash.ts';

/**
 * GCM's "forbidden attack" (Joux, 2006): what two messages under one key and ONE IV give
 * away. Every tag is T = GHASH_H(A, C) + E_K(J0), and E_K(J0) depends only on the key and
 * the IV. Under a repeated IV it cancels from T1 + T2, which leaves an equation in H alone,
 * a polynomial over GF(2^128) that anyone can write from the wire. Its roots are the
 * candidates for H; with H, E_K(J0) = T1 + GHASH_H(A1, C1), and a tag for any ciphertext
 * under that IV follows. No AES key is needed at any step.
 */

/** One message as it crossed the wire under the repeated IV. */
export interface GcmRecord {
  readonly aad: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly tag: Uint8Array;
}

/**
 * f(X) = GHASH_X(A1, C1) + GHASH_X(A2, C2) + T1 + T2. At X = H it is E_K(J0) + E_K(J0) = 0.
 * Coefficient k (k ≥ 1) is the sum of the two messages' k-th blocks counted from the end.
 */
export function tagDifferencePolynomial(a: GcmRecord, b: GcmRecord): Gf128Polynomial {
  const xa = ghashInput(a.aad, a.ciphertext);
  const xb = ghashInput(b.aad, b.ciphertext);
  const coefficients: Gf128[] = [gfAdd(gfFromBytes(a.tag), gfFromBytes(b.tag))];
  for (let k = 1; k <= Math.max(xa.length, xb.length); k++) {
    const fromA = xa[xa.length - k] ?? gfFromBytes(new Uint8Array(16));
    const fromB = xb[xb.length - k] ?? gfFromBytes(new Uint8Array(16));
    coefficients.push(gfAdd(fromA, fromB));
  }
  return trimmed(coefficients);
}

/** E_K(J0), recovered from one message and a candidate H: T + GHASH_H(A, C). */
export function maskFrom(h: Gf128, record: GcmRecord): Gf128 {
  return gfAdd(gfFromBytes(record.tag), ghash(h, record.aad, record.ciphertext));
}

/** The tag GCM would compute for (A, C) under this IV, given H and E_K(J0). */
export function tagFor(h: Gf128, mask: Gf128, aad: Uint8Array, ciphertext: Uint8Array): Bytes {
  return gfToBytes(gfAdd(ghash(h, aad, ciphertext), mask));
}

export interface HashKeyRecovery {
  /** The degree of the first two messages' tag-difference polynomial. */
  readonly degree: number;
  /** Every root of the tag-difference polynomial of the first two messages. */
  readonly candidates: readonly Gf128[];
  /** The candidates under which every further message's tag is right too. */
  readonly consistent: readonly Gf128[];
}

/**
 * Candidates for H from messages that share a key and an IV: the roots for the first two,
 * then each checked on the others (a wrong root predicts a third tag only by a 2^-128 chance).
 */
export function recoverHashKey(records: readonly GcmRecord[]): HashKeyRecovery {
  const [first, second, ...others] = records;
  if (!first || !second) throw new RangeError('The attack needs two messages under one IV.');
  const f = tagDifferencePolynomial(first, second);
  if (f.length === 0)
    throw new RangeError('The two messages are identical: they say nothing of H.');
  const candidates = rootsOf(f);
  const consistent = candidates.filter((h) => {
    const mask = maskFrom(h, first);
    return others.every((r) => bytesEqual(tagFor(h, mask, r.aad, r.ciphertext), r.tag));
  });
  return { degree: f.length - 1, candidates, consistent };
}
