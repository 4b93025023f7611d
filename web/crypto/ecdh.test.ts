import { describe, expect, test } from 'vitest';
import { bytesEqual } from './bytes.ts';
import {
  deriveSharedSecret,
  type EcdhCurve,
  generateEcdhKeyPair,
  importEcdhPublicKey,
  importX25519PrivateKey,
  preferredEcdhCurve,
  x25519Supported,
} from './ecdh.ts';

const RAW_PUBLIC_BYTES: Record<EcdhCurve, number> = { 'P-256': 65, X25519: 32 };

describe.each(['P-256', 'X25519'] as const)('ECDH on %s', (curve) => {
  test('both sides derive the same 32-byte secret from the wire bytes', async () => {
    const alice = await generateEcdhKeyPair(curve);
    const bob = await generateEcdhKeyPair(curve);
    expect(alice.curve).toBe(curve);
    expect(alice.publicRaw.length).toBe(RAW_PUBLIC_BYTES[curve]);
    const atAlice = await deriveSharedSecret(
      alice.privateKey,
      await importEcdhPublicKey(curve, bob.publicRaw),
    );
    const atBob = await deriveSharedSecret(
      bob.privateKey,
      await importEcdhPublicKey(curve, alice.publicRaw),
    );
    expect(atAlice.length).toBe(32);
    expect(bytesEqual(atAlice, atBob)).toBe(true);
  });

  test('a third party derives a different secret', async () => {
    const [alice, bob, oscar] = await Promise.all([
      generateEcdhKeyPair(curve),
      generateEcdhKeyPair(curve),
      generateEcdhKeyPair(curve),
    ]);
    const real = await deriveSharedSecret(alice.privateKey, bob.publicKey);
    const guessed = await deriveSharedSecret(oscar.privateKey, bob.publicKey);
    expect(bytesEqual(real, guessed)).toBe(false);
  });
});

test('keys on different curves do not mix', async () => {
  const p256 = await generateEcdhKeyPair('P-256');
  const x25519 = await generateEcdhKeyPair('X25519');
  await expect(deriveSharedSecret(p256.privateKey, x25519.publicKey)).rejects.toThrow();
  await expect(importEcdhPublicKey('P-256', x25519.publicRaw)).rejects.toThrow();
});

test('an X25519 private key must be 32 bytes', async () => {
  await expect(importX25519PrivateKey(new Uint8Array(31))).rejects.toThrow('not 31');
});

test('X25519 support is detected once and preferred when present', async () => {
  expect(x25519Supported()).toBe(x25519Supported());
  expect(await x25519Supported()).toBe(true);
  expect(await preferredEcdhCurve()).toBe('X25519');
});
