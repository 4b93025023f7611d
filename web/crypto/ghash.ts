import { GF128_ZERO, type Gf128, gfAdd, gfFromBytes, gfMul } from './gf128.ts';

/** One GCM input block per 16 bytes; the last block of a run is padded with zero bytes. */
function paddedBlocks(bytes: Uint8Array): Gf128[] {
  const blocks: Gf128[] = [];
  for (let offset = 0; offset < bytes.length; offset += 16) {
    const block = new Uint8Array(16);
    block.set(bytes.subarray(offset, offset + 16));
    blocks.push(gfFromBytes(block));
  }
  return blocks;
}

/** len(A) ‖ len(C), each in bits as a 64-bit big-endian number. */
function lengthBlock(aadBytes: number, ciphertextBytes: number): Gf128 {
  const block = new Uint8Array(16);
  const view = new DataView(block.buffer);
  view.setBigUint64(0, BigInt(aadBytes) * 8n);
  view.setBigUint64(8, BigInt(ciphertextBytes) * 8n);
  return gfFromBytes(block);
}

/**
 * What GCM hashes (SP 800-38D §7.1): the associated data and the ciphertext, each padded to
 * whole blocks, then the length block. X_1 … X_m, in order.
 */
export function ghashInput(aad: Uint8Array, ciphertext: Uint8Array): Gf128[] {
  return [
    ...paddedBlocks(aad),
    ...paddedBlocks(ciphertext),
    lengthBlock(aad.length, ciphertext.length),
  ];
}

/**
 * GHASH_H(A, C) = X_1·H^m + X_2·H^(m−1) + … + X_m·H, computed by Horner's rule. The tag is
 * this, plus E_K(J0): a value the key and the IV fix, the same for every message under one IV.
 */
export function ghash(h: Gf128, aad: Uint8Array, ciphertext: Uint8Array): Gf128 {
  let y = GF128_ZERO;
  for (const x of ghashInput(aad, ciphertext)) y = gfMul(gfAdd(y, x), h);
  return y;
}
