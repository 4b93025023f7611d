import { beforeEach, describe, expect, it } from 'vitest';
import { AES_SIZES, aesGcmDecrypt, aesGcmEncrypt, type GcmSealed, generateAesKey } from './aes.ts';
import { toHex } from './encoding.ts';
import { type GcmRecord, maskFrom, recoverHashKey, tagFor } from './gcm-forbidden-attack.ts';
import { gfToBytes } from './gf128.ts';
import { aesEncryptBlock } from './testing/aes-block.ts';
import { reseed, seededBytes, seededInt, testSeed } from './testing/seeded-random.ts';
import { xorBytes } from './xor.ts';

const record = (sealed: GcmSealed, aad: Uint8Array): GcmRecord => ({
  aad,
  ciphertext: sealed.ciphertext,
  tag: sealed.tag,
});

/** Byte lengths of (first plaintext, second, third, associated data): short, long, ragged. */
const SHAPES = [
  [60, 85, 16, 0],
  [17, 5, 33, 0],
  [32, 48, 7, 13],
  [1, 100, 64, 20],
  [45, 45, 45, 16],
] as const;

describe('GCM’s forbidden attack against WebCrypto', () => {
  beforeEach((context) => reseed(testSeed(), context.task.name));

  it.each(SHAPES.flatMap((shape) => AES_SIZES.map((bits) => [bits, ...shape] as const)))(
    'AES-%i, lengths %i/%i/%i, %i bytes of AAD: H found, a tag forged, WebCrypto accepts it',
    async (bits, n1, n2, n3, aadBytes) => {
      const key = await generateAesKey(bits);
      const iv = seededBytes(12);
      const [p1, p2, p3] = [seededBytes(n1), seededBytes(n2), seededBytes(n3)];
      const aad = seededBytes(aadBytes);
      const seal = (p: Uint8Array) => aesGcmEncrypt(key, p, { iv, additionalData: aad });
      const [s1, s2, s3] = [await seal(p1), await seal(p2), await seal(p3)];

      const { candidates, consistent } = recoverHashKey([
        record(s1, aad),
        record(s2, aad),
        record(s3, aad),
      ]);
      // The true H, from the key, which Oscar never has: only the test may look.
      const trueH = toHex(await aesEncryptBlock(key.raw, new Uint8Array(16)));
      expect(candidates.map((h) => toHex(gfToBytes(h)))).toContain(trueH);
      expect(consistent.map((h) => toHex(gfToBytes(h)))).toEqual([trueH]);

      // Oscar's own message: the key stream he knows is C1 + P1, so any text up to n1 bytes.
      const [h] = consistent;
      if (!h) throw new Error('no key');
      const wanted = seededBytes(1 + seededInt(n1));
      const forgedCiphertext = xorBytes(xorBytes(s1.ciphertext, p1), wanted);
      const forgedAad = seededBytes(seededInt(24));
      const tag = tagFor(h, maskFrom(h, record(s1, aad)), forgedAad, forgedCiphertext);
      const opened = await aesGcmDecrypt(
        key,
        { iv, ciphertext: forgedCiphertext, tag },
        { additionalData: forgedAad },
      );
      expect(toHex(opened)).toBe(toHex(wanted));

      // The same tag with one bit changed is refused: the acceptance above is not a given.
      const wrong = new Uint8Array(tag);
      wrong[0] = (wrong[0] ?? 0) ^ 1;
      await expect(
        aesGcmDecrypt(
          key,
          { iv, ciphertext: forgedCiphertext, tag: wrong },
          { additionalData: forgedAad },
        ),
      ).rejects.toThrow();
    },
  );

  it('with two messages only, every candidate fits them: the true H is among them', async () => {
    const key = await generateAesKey(256);
    const iv = seededBytes(12);
    const seal = (n: number) => aesGcmEncrypt(key, seededBytes(n), { iv });
    const [a, b] = [await seal(40), await seal(70)];
    const { candidates, consistent } = recoverHashKey([
      record(a, new Uint8Array()),
      record(b, new Uint8Array()),
    ]);
    expect(consistent).toEqual(candidates);
    const trueH = toHex(await aesEncryptBlock(key.raw, new Uint8Array(16)));
    expect(candidates.map((h) => toHex(gfToBytes(h)))).toContain(trueH);
  });

  it('two identical messages say nothing of H, and it says so', async () => {
    const key = await generateAesKey(128);
    const sealed = await aesGcmEncrypt(key, seededBytes(20));
    const r = record(sealed, new Uint8Array());
    expect(() => recoverHashKey([r, r])).toThrow(/identical/);
  });
});
