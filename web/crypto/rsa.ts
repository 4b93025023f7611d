import { type Bytes, copyBytes } from './bytes.ts';

import { DEFAULT_RSA_BITS, RSA_SIZES, type RsaBits } from './key-sizes.ts';

export { DEFAULT_RSA_BITS, RSA_SIZES, type RsaBits } from './key-sizes.ts';

/**
 * Security level of each modulus size, as published (NIST SP 800-57 part 1: 2048 bits ≈ 112,
 * 3072 ≈ 128). 1024-bit RSA is within reach of a well-funded attacker: a demo size only.
 */
export const RSA_STRENGTH: Readonly<Record<RsaBits, string>> = {
  1024: 'demo only, breakable class',
  2048: '≈ 112-bit security',
  3072: '≈ 128-bit security',
  4096: 'between 128- and 192-bit security',
};

const OAEP = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;
const PUBLIC_EXPONENT = new Uint8Array([1, 0, 1]);

/** An RSA-OAEP key pair, with the public half's SPKI bytes kept for display and export. */
export interface RsaOaepKeyPair {
  readonly algorithm: 'RSA-OAEP';
  readonly bits: RsaBits;
  readonly publicKey: CryptoKey;
  readonly privateKey: CryptoKey;
  readonly spki: Bytes;
}

export function isRsaBits(value: number): value is RsaBits {
  return (RSA_SIZES as readonly number[]).includes(value);
}

export async function generateRsaOaepKeyPair(
  bits: RsaBits = DEFAULT_RSA_BITS,
): Promise<RsaOaepKeyPair> {
  const pair = await crypto.subtle.generateKey(
    { ...OAEP, modulusLength: bits, publicExponent: PUBLIC_EXPONENT },
    true,
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  );
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return {
    algorithm: 'RSA-OAEP',
    bits,
    publicKey: pair.publicKey,
    privateKey: pair.privateKey,
    spki,
  };
}

export async function importRsaOaepPublicKey(spki: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('spki', copyBytes(spki), OAEP, true, ['encrypt', 'wrapKey']);
}

export async function importRsaOaepPrivateKey(pkcs8: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', copyBytes(pkcs8), OAEP, true, ['decrypt', 'unwrapKey']);
}

export async function exportPkcs8(privateKey: CryptoKey): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey));
}

/** RSA-OAEP with SHA-256 and MGF1-SHA-256; `label` is OAEP's optional label (empty by default). */
export async function rsaOaepEncrypt(
  publicKey: CryptoKey,
  plaintext: Uint8Array,
  label?: Uint8Array,
): Promise<Bytes> {
  const params: RsaOaepParams = label
    ? { name: 'RSA-OAEP', label: copyBytes(label) }
    : { name: 'RSA-OAEP' };
  return new Uint8Array(await crypto.subtle.encrypt(params, publicKey, copyBytes(plaintext)));
}

/** Throws when the ciphertext was not made for this key (or was changed on the way). */
export async function rsaOaepDecrypt(
  privateKey: CryptoKey,
  ciphertext: Uint8Array,
  label?: Uint8Array,
): Promise<Bytes> {
  const params: RsaOaepParams = label
    ? { name: 'RSA-OAEP', label: copyBytes(label) }
    : { name: 'RSA-OAEP' };
  return new Uint8Array(await crypto.subtle.decrypt(params, privateKey, copyBytes(ciphertext)));
}

/** Wraps a raw AES key for the holder of `publicKey`. The result is modulus-sized (256 B at 2048 bits). */
export function wrapAesKey(publicKey: CryptoKey, rawAesKey: Uint8Array): Promise<Bytes> {
  return rsaOaepEncrypt(publicKey, rawAesKey);
}

export function unwrapAesKey(privateKey: CryptoKey, wrapped: Uint8Array): Promise<Bytes> {
  return rsaOaepDecrypt(privateKey, wrapped);
}
