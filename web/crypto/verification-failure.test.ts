import { describe, expect, it } from 'vitest';
import { aesGcmDecrypt, aesGcmEncrypt, generateAesKey } from './aes.ts';
import { unlessVerificationFails } from './verification-failure.ts';

describe('unlessVerificationFails', () => {
  it('turns a failed GCM tag into null', async () => {
    const key = await generateAesKey(128);
    const sealed = await aesGcmEncrypt(key, new Uint8Array([1, 2, 3]));
    const tag = new Uint8Array(sealed.tag);
    tag[0] = (tag[0] ?? 0) ^ 1;
    await expect(
      unlessVerificationFails(() => aesGcmDecrypt(key, { ...sealed, tag })),
    ).resolves.toBeNull();
  });

  it('rethrows anything that is not a verification failure', async () => {
    await expect(
      unlessVerificationFails(() => Promise.reject(new TypeError('a bug'))),
    ).rejects.toThrow('a bug');
  });
});
