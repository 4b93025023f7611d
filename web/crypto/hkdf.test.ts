import { describe, expect, test } from 'vitest';
import { aesGcmDecrypt, aesGcmEncrypt } from './aes.ts';
import { bytesEqual } from './bytes.ts';
import { deriveSharedSecret, generateEcdhKeyPair } from './ecdh.ts';
import { fromHex, toHex, utf8Encode } from './encoding.ts';
import { deriveAesGcmKey, HKDF_SHA256_MAX_BYTES, hkdfSha256 } from './hkdf.ts';

describe('hkdfSha256 against RFC 5869 appendix A', () => {
  const ikm = fromHex('0b'.repeat(22));

  test('test case 1: basic test case with SHA-256', async () => {
    const okm = await hkdfSha256(
      ikm,
      fromHex('000102030405060708090a0b0c'),
      fromHex('f0f1f2f3f4f5f6f7f8f9'),
      42,
    );
    expect(toHex(okm)).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
  });

  test('test case 3: zero-length salt and info', async () => {
    const okm = await hkdfSha256(ikm, new Uint8Array(0), new Uint8Array(0), 42);
    expect(toHex(okm)).toBe(
      '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
    );
  });

  test('rejects lengths HKDF cannot give', async () => {
    for (const length of [0, -1, 1.5, HKDF_SHA256_MAX_BYTES + 1]) {
      await expect(hkdfSha256(ikm, new Uint8Array(0), new Uint8Array(0), length)).rejects.toThrow(
        RangeError,
      );
    }
  });
});

describe('deriveAesGcmKey', () => {
  const secret = fromHex('11'.repeat(32));

  test('gives the first 32 bytes of HKDF as a 256-bit key', async () => {
    const info = utf8Encode('handshake-lab test');
    const key = await deriveAesGcmKey(secret, info);
    expect(key.bits).toBe(256);
    expect(toHex(key.raw)).toBe(toHex(await hkdfSha256(secret, new Uint8Array(0), info, 32)));
  });

  test('different info gives an unrelated key', async () => {
    const a = await deriveAesGcmKey(secret, utf8Encode('alice to bob'));
    const b = await deriveAesGcmKey(secret, utf8Encode('bob to alice'));
    expect(bytesEqual(a.raw, b.raw)).toBe(false);
  });

  test('two ECDH parties derive the same key, so each opens what the other sealed', async () => {
    const alice = await generateEcdhKeyPair('P-256');
    const bob = await generateEcdhKeyPair('P-256');
    const info = utf8Encode('session');
    const atAlice = await deriveAesGcmKey(
      await deriveSharedSecret(alice.privateKey, bob.publicKey),
      info,
    );
    const atBob = await deriveAesGcmKey(
      await deriveSharedSecret(bob.privateKey, alice.publicKey),
      info,
    );
    const sealed = await aesGcmEncrypt(atAlice, utf8Encode('hello Bob'));
    expect(await aesGcmDecrypt(atBob, sealed)).toEqual(utf8Encode('hello Bob'));
  });
});
