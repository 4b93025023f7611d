import { describe, expect, test } from 'vitest';
import { aesGcmDecrypt, aesGcmEncrypt, generateAesKey } from './aes.ts';

describe('AES-GCM', () => {
  test('rejects a truncated tag instead of checking fewer bits', async () => {
    const key = await generateAesKey(128);
    const sealed = await aesGcmEncrypt(key, new Uint8Array([1, 2, 3]));
    for (const length of [4, 8, 12, 15]) {
      await expect(
        aesGcmDecrypt(key, { ...sealed, tag: sealed.tag.slice(0, length) }),
      ).rejects.toThrow(`not ${length}`);
    }
  });
});
