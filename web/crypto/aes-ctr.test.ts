import { describe, expect, test } from 'vitest';
import { AES_SIZES, generateAesKey, importAesKey } from './aes.ts';
import { aesCtrDecrypt, aesCtrEncrypt, CTR_BLOCK_BYTES } from './aes-ctr.ts';
import { type Bytes, bytesEqual } from './bytes.ts';
import { fromHex, toHex, utf8Decode, utf8Encode } from './encoding.ts';
import { seededBytes as randomBytes, seededInt as randomInt } from './testing/seeded-random.ts';

function flipBit(bytes: Uint8Array, bit: number): Bytes {
  const copy = new Uint8Array(bytes);
  copy[bit >> 3] = (copy[bit >> 3] ?? 0) ^ (1 << (bit & 7));
  return copy;
}

test('matches NIST SP 800-38A F.5.1 (CTR-AES128.Encrypt, two blocks)', async () => {
  const key = await importAesKey(fromHex('2b7e151628aed2a6abf7158809cf4f3c'));
  const sealed = await aesCtrEncrypt(
    key,
    fromHex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51'),
    { counter: fromHex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff') },
  );
  expect(toHex(sealed.ciphertext)).toBe(
    '874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff',
  );
});

describe.each(AES_SIZES)('AES-CTR with a %i-bit key', (bits) => {
  test('decrypts back, for lengths that are and are not whole blocks', async () => {
    const key = await generateAesKey(bits);
    for (const length of [0, 1, 15, 16, 17, 100, 1000]) {
      const plaintext = randomBytes(length);
      const sealed = await aesCtrEncrypt(key, plaintext);
      expect(sealed.ciphertext.length).toBe(length);
      expect(bytesEqual(await aesCtrDecrypt(key, sealed), plaintext)).toBe(true);
    }
  });

  test('each message gets a fresh nonce and a counter starting at zero', async () => {
    const key = await generateAesKey(bits);
    const plaintext = utf8Encode('same message twice');
    const first = await aesCtrEncrypt(key, plaintext);
    const second = await aesCtrEncrypt(key, plaintext);
    expect(first.counter.length).toBe(CTR_BLOCK_BYTES);
    expect(toHex(first.counter.subarray(8))).toBe('00'.repeat(8));
    expect(bytesEqual(first.counter, second.counter)).toBe(false);
    expect(bytesEqual(first.ciphertext, second.ciphertext)).toBe(false);
  });

  test('flipping ciphertext bit k flips exactly plaintext bit k (malleable)', async () => {
    const key = await generateAesKey(bits);
    const plaintext = randomBytes(1 + randomInt(64));
    const sealed = await aesCtrEncrypt(key, plaintext);
    for (let k = 0; k < plaintext.length * 8; k++) {
      const opened = await aesCtrDecrypt(key, {
        ...sealed,
        ciphertext: flipBit(sealed.ciphertext, k),
      });
      expect(toHex(opened), `bit ${k}`).toBe(toHex(flipBit(plaintext, k)));
    }
  });
});

test('"pay 100" becomes "pay 900" without the key', async () => {
  const key = await generateAesKey();
  const sealed = await aesCtrEncrypt(key, utf8Encode('pay 100'));
  const tampered = new Uint8Array(sealed.ciphertext);
  const at = 'pay '.length;
  tampered[at] = (tampered[at] ?? 0) ^ ('1'.charCodeAt(0) ^ '9'.charCodeAt(0));
  expect(utf8Decode(await aesCtrDecrypt(key, { ...sealed, ciphertext: tampered }))).toBe('pay 900');
});

test('a counter block must be 16 bytes', async () => {
  const key = await generateAesKey();
  await expect(
    aesCtrEncrypt(key, new Uint8Array(1), { counter: new Uint8Array(12) }),
  ).rejects.toThrow('not 12');
  await expect(
    aesCtrDecrypt(key, { counter: new Uint8Array(8), ciphertext: new Uint8Array(1) }),
  ).rejects.toThrow('not 8');
});
