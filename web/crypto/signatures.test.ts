import { beforeAll, describe, expect, test } from 'vitest';
import {
  ed25519Supported,
  generateSigningKeyPair,
  importVerifyKey,
  type SignatureScheme,
  type SigningKeyPair,
  signMessage,
  verifySignature,
} from './signatures.ts';
import {
  seededInt as randomIndex,
  reseed,
  seededBytes,
  testSeed,
} from './testing/seeded-random.ts';

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[bit >> 3] = (copy[bit >> 3] ?? 0) ^ (1 << (bit & 7));
  return copy;
}

test('Ed25519 support is detected once', async () => {
  expect(ed25519Supported()).toBe(ed25519Supported());
  expect(await ed25519Supported()).toBe(true);
});

describe.each(['RSA-PSS', 'ECDSA-P256', 'Ed25519'] as const)('%s', (scheme: SignatureScheme) => {
  let signer: SigningKeyPair;
  let other: SigningKeyPair;
  let message: Uint8Array;

  beforeAll(async () => {
    reseed(testSeed(), `${scheme} message`);
    message = seededBytes(100);
    [signer, other] = await Promise.all([
      generateSigningKeyPair(scheme),
      generateSigningKeyPair(scheme),
    ]);
  });

  test('a signature verifies with the public key imported from its SPKI bytes', async () => {
    expect(signer.scheme).toBe(scheme);
    const signature = await signMessage(signer.privateKey, message);
    const imported = await importVerifyKey(scheme, signer.spki);
    expect(await verifySignature(imported, signature, message)).toBe(true);
  });

  test('one flipped bit in the signature or the message makes verify answer false', async () => {
    const signature = await signMessage(signer.privateKey, message);
    for (let i = 0; i < 8; i++) {
      const badSignature = flipBit(signature, randomIndex(signature.length * 8));
      expect(await verifySignature(signer.publicKey, badSignature, message)).toBe(false);
      const badMessage = flipBit(message, randomIndex(message.length * 8));
      expect(await verifySignature(signer.publicKey, signature, badMessage)).toBe(false);
    }
  });

  test('another key does not verify it', async () => {
    const signature = await signMessage(signer.privateKey, message);
    expect(await verifySignature(other.publicKey, signature, message)).toBe(false);
  });

  test('malformed signatures give false, not an error', async () => {
    const signature = await signMessage(signer.privateKey, message);
    for (const bad of [
      new Uint8Array(0),
      signature.slice(1),
      new Uint8Array(signature.length + 1),
    ]) {
      expect(await verifySignature(signer.publicKey, bad, message)).toBe(false);
    }
  });

  test('verifying with the private key is a misuse and throws', async () => {
    const signature = await signMessage(signer.privateKey, message);
    await expect(verifySignature(signer.privateKey, signature, message)).rejects.toThrow();
  });
});

test('an RSA-PSS key size can be chosen', async () => {
  const pair = await generateSigningKeyPair('RSA-PSS', { rsaBits: 1024 });
  const signature = await signMessage(pair.privateKey, new Uint8Array([1]));
  expect(signature.length).toBe(128);
});
