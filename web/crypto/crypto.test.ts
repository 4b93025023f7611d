import { beforeAll, describe, expect, test } from 'vitest';
import {
  AES_SIZES,
  aesGcmDecrypt,
  aesGcmEncrypt,
  GCM_IV_BYTES,
  GCM_TAG_BYTES,
  type GcmSealed,
  generateAesKey,
} from './aes.ts';
import { type Bytes, bytesEqual } from './bytes.ts';
import { EncodingError, fromBase64, toBase64, toHex, utf8Encode } from './encoding.ts';
import { fingerprintOf } from './fingerprint.ts';
import { fromPem, type PemLabel, toPem } from './pem.ts';
import {
  exportPkcs8,
  generateRsaOaepKeyPair,
  importRsaOaepPrivateKey,
  importRsaOaepPublicKey,
  type RsaOaepKeyPair,
  unwrapAesKey,
  wrapAesKey,
} from './rsa.ts';
import { seededBytes as randomBytes, seededInt as randomInt } from './testing/seeded-random.ts';

function flipBit(bytes: Uint8Array, bit: number): Bytes {
  const copy = new Uint8Array(bytes);
  copy[bit >> 3] = (copy[bit >> 3] ?? 0) ^ (1 << (bit & 7));
  return copy;
}

describe.each(AES_SIZES)('AES-GCM with a %i-bit key', (bits) => {
  test('decrypts back, with and without additional data', async () => {
    const key = await generateAesKey(bits);
    expect(key.bits).toBe(bits);
    expect(key.raw.length).toBe(bits / 8);
    for (const length of [0, 1, 16, 17, 1000]) {
      const plaintext = randomBytes(length);
      const additionalData = randomBytes(randomInt(40));
      const plain = await aesGcmEncrypt(key, plaintext);
      expect(plain.ciphertext.length).toBe(length);
      expect(plain.tag.length).toBe(GCM_TAG_BYTES);
      expect(bytesEqual(await aesGcmDecrypt(key, plain), plaintext)).toBe(true);
      const bound = await aesGcmEncrypt(key, plaintext, { additionalData });
      expect(bytesEqual(await aesGcmDecrypt(key, bound, { additionalData }), plaintext)).toBe(true);
    }
  });

  test('every call takes a fresh 12-byte IV, so the same message encrypts differently', async () => {
    const key = await generateAesKey(bits);
    const message = utf8Encode('same words');
    const first = await aesGcmEncrypt(key, message);
    const second = await aesGcmEncrypt(key, message);
    expect(first.iv.length).toBe(GCM_IV_BYTES);
    expect(bytesEqual(first.iv, second.iv)).toBe(false);
    expect(bytesEqual(first.ciphertext, second.ciphertext)).toBe(false);
  });

  test('flipping any one bit of ciphertext, tag or IV makes decryption throw', async () => {
    const key = await generateAesKey(bits);
    const sealed = await aesGcmEncrypt(key, randomBytes(16));
    const fields = ['ciphertext', 'tag', 'iv'] as const satisfies readonly (keyof GcmSealed)[];
    for (const field of fields) {
      for (let bit = 0; bit < sealed[field].length * 8; bit++) {
        const tampered = { ...sealed, [field]: flipBit(sealed[field], bit) };
        await expect(aesGcmDecrypt(key, tampered), `${field} bit ${bit}`).rejects.toThrow();
      }
    }
  });

  test('changed additional data or another key makes decryption throw', async () => {
    const key = await generateAesKey(bits);
    const additionalData = utf8Encode('header');
    const sealed = await aesGcmEncrypt(key, utf8Encode('body'), { additionalData });
    await expect(aesGcmDecrypt(key, sealed)).rejects.toThrow();
    await expect(
      aesGcmDecrypt(key, sealed, { additionalData: flipBit(additionalData, randomInt(48)) }),
    ).rejects.toThrow();
    await expect(
      aesGcmDecrypt(await generateAesKey(bits), sealed, { additionalData }),
    ).rejects.toThrow();
  });

  test('rejects a truncated tag instead of checking fewer bits', async () => {
    const key = await generateAesKey(bits);
    const sealed = await aesGcmEncrypt(key, new Uint8Array([1, 2, 3]));
    for (const length of [4, 8, 12, 15]) {
      const truncated = { ...sealed, tag: sealed.tag.slice(0, length) };
      await expect(aesGcmDecrypt(key, truncated)).rejects.toThrow(`not ${length}`);
    }
  });
});

describe.each([1024, 2048] as const)('RSA-OAEP at %i bits', (bits) => {
  let pair: RsaOaepKeyPair;
  let other: RsaOaepKeyPair;

  beforeAll(async () => {
    [pair, other] = await Promise.all([generateRsaOaepKeyPair(bits), generateRsaOaepKeyPair(bits)]);
  });

  test('wraps a 32-byte key into exactly one modulus of bytes and unwraps it', async () => {
    const aesKey = randomBytes(32);
    const wrapped = await wrapAesKey(pair.publicKey, aesKey);
    expect(wrapped.length).toBe(bits / 8);
    expect(bytesEqual(await unwrapAesKey(pair.privateKey, wrapped), aesKey)).toBe(true);
  });

  test('wrapping is randomised', async () => {
    const aesKey = randomBytes(32);
    const first = await wrapAesKey(pair.publicKey, aesKey);
    const second = await wrapAesKey(pair.publicKey, aesKey);
    expect(bytesEqual(first, second)).toBe(false);
  });

  test('another private key or one flipped bit cannot unwrap it', async () => {
    const wrapped = await wrapAesKey(pair.publicKey, randomBytes(32));
    await expect(unwrapAesKey(other.privateKey, wrapped)).rejects.toThrow();
    const tampered = flipBit(wrapped, randomInt(wrapped.length * 8));
    await expect(unwrapAesKey(pair.privateKey, tampered)).rejects.toThrow();
  });

  test('keys survive export and import (SPKI and PKCS#8)', async () => {
    const publicKey = await importRsaOaepPublicKey(pair.spki);
    const privateKey = await importRsaOaepPrivateKey(await exportPkcs8(pair.privateKey));
    const aesKey = randomBytes(32);
    expect(
      bytesEqual(await unwrapAesKey(privateKey, await wrapAesKey(publicKey, aesKey)), aesKey),
    ).toBe(true);
  });
});

describe('PEM', () => {
  const labels: PemLabel[] = ['PUBLIC KEY', 'PRIVATE KEY', 'CERTIFICATE'];

  test('round trips random DER of many lengths, 64 base64 characters a line', () => {
    for (const length of [1, 2, 3, 47, 48, 49, 95, 96, 97, 294, 1218]) {
      const der = randomBytes(length);
      const label = labels[length % labels.length] ?? 'PUBLIC KEY';
      const pem = toPem(label, der);
      const lines = pem.trimEnd().split('\n');
      expect(lines[0]).toBe(`-----BEGIN ${label}-----`);
      expect(lines.at(-1)).toBe(`-----END ${label}-----`);
      for (const line of lines.slice(1, -1)) expect(line.length).toBeLessThanOrEqual(64);
      const block = fromPem(pem, [label]);
      expect(block.label).toBe(label);
      expect(bytesEqual(block.der, der)).toBe(true);
      expect(
        bytesEqual(fromPem(`text before\r\n${pem.replaceAll('\n', '\r\n')}after`).der, der),
      ).toBe(true);
    }
  });

  const body = toBase64(randomBytes(40));
  const bad: [string, string, RegExp][] = [
    ['empty input', '', /Nothing was pasted/],
    ['only whitespace', ' \n\t ', /Nothing was pasted/],
    ['garbage', 'hello, this is not a key', /No PEM block found/],
    [
      'mismatched labels',
      `-----BEGIN PUBLIC KEY-----\n${body}\n-----END PRIVATE KEY-----`,
      /begins as “PUBLIC KEY” but ends as “PRIVATE KEY”/,
    ],
    [
      'bad base64',
      '-----BEGIN PUBLIC KEY-----\nnot*base64!\n-----END PUBLIC KEY-----',
      /body is not valid base64/,
    ],
    [
      'bad base64 padding',
      '-----BEGIN PUBLIC KEY-----\nABC==\n-----END PUBLIC KEY-----',
      /body is not valid base64/,
    ],
    ['an empty block', '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----', /is empty/],
  ];

  test.each(bad)('fromPem explains %s', (_, text, message) => {
    expect(() => fromPem(text)).toThrow(EncodingError);
    expect(() => fromPem(text)).toThrow(message);
  });

  test('fromPem says which label it expected', () => {
    const pem = toPem('PRIVATE KEY', randomBytes(20));
    expect(() => fromPem(pem, ['PUBLIC KEY'])).toThrow(
      'Expected PUBLIC KEY, but this is a “PRIVATE KEY” block.',
    );
  });

  test('fromBase64 throws an EncodingError for misplaced padding', () => {
    for (const text of ['AB=', 'A==', 'ABCDE=', 'ABCDE']) {
      expect(() => fromBase64(text), text).toThrow(EncodingError);
    }
    expect(toHex(fromBase64('AB=='))).toBe('00');
  });
});

describe('fingerprints', () => {
  test('the short form is the first 4 digest bytes, upper-case hex with colons', async () => {
    const fingerprint = await fingerprintOf(utf8Encode('abc'));
    // SHA-256("abc"), FIPS 180-2 appendix B.1
    expect(fingerprint.hex).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(fingerprint.short).toBe('BA:78:16:BF');
  });

  test('stable for the same bytes, different for different bytes', async () => {
    for (let i = 0; i < 20; i++) {
      const bytes = randomBytes(1 + randomInt(300));
      const first = await fingerprintOf(bytes);
      expect(first.short).toMatch(/^[0-9A-F]{2}(:[0-9A-F]{2}){3}$/);
      expect(Number.isInteger(first.hue) && first.hue >= 0 && first.hue < 360).toBe(true);
      expect(await fingerprintOf(new Uint8Array(bytes))).toEqual(first);
      expect((await fingerprintOf(flipBit(bytes, 0))).hex).not.toBe(first.hex);
    }
  });
});
