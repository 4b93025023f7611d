import type { Bytes } from './bytes.ts';

/** a XOR b, byte by byte, over the shorter of the two. */
export function xorBytes(a: Uint8Array, b: Uint8Array): Bytes {
  const length = Math.min(a.length, b.length);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (a[i] ?? 0) ^ (b[i] ?? 0);
  return out;
}
