import { describe, expect, test } from 'vitest';
import { fromHex, toHex } from './encoding.ts';
import { tagFor } from './gcm-forbidden-attack.ts';
import { gfFromBytes } from './gf128.ts';
import { aesEncryptBlock, initialCounterBlock } from './testing/aes-block.ts';
import { type AeadGroup, casesOf, loadWycheproof } from './testing/wycheproof.ts';

/**
 * Our GHASH (and the GF(2^128) multiplication under it) against published AES-GCM tags:
 * tag = GHASH_H(A, C) + E_K(J0), with H = E_K(0^128). Only the block cipher comes from
 * WebCrypto; every multiplication and the padding and length block are ours.
 */
const cases = casesOf(loadWycheproof<AeadGroup>('aes_gcm_test.json')).filter(
  ({ group, test: t }) =>
    t.result === 'valid' && group.ivSize === 96 && group.keySize !== 192 && group.tagSize === 128,
);

describe('GHASH against Wycheproof aes_gcm_test.json (valid cases, 96-bit IVs)', () => {
  test('covers enough cases, with and without associated data, of many lengths', () => {
    expect(cases.length).toBeGreaterThan(50);
    expect(cases.some(({ test: t }) => t.aad.length > 0)).toBe(true);
    expect(new Set(cases.map(({ test: t }) => t.ct.length % 32)).size).toBeGreaterThan(4);
  });

  test.each(cases.map(({ test: t }) => [t.tcId, t] as const))('tcId %i', async (_id, t) => {
    const key = fromHex(t.key);
    const h = gfFromBytes(await aesEncryptBlock(key, new Uint8Array(16)));
    const mask = gfFromBytes(await aesEncryptBlock(key, initialCounterBlock(fromHex(t.iv))));
    expect(toHex(tagFor(h, mask, fromHex(t.aad), fromHex(t.ct)))).toBe(t.tag);
  });
});
