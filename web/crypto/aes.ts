import { type Bytes, copyBytes, randomBytes } from './bytes.ts';

import { AES_SIZES, type AesBits, DEFAULT_AES_BITS } from './key-sizes.ts';

export { AES_SIZES, type AesBits, DEFAULT_AES_BITS } from './key-sizes.ts';
export const GCM_IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;

/** A symmetric key: the raw bytes (what gets wrapped and sent) and the imported key. */
export interface AesKey {
  readonly bits: AesBits;
  readonly raw: Bytes;
  readonly gcm: CryptoKey;
}

export function isAesBits(value: number): value is AesBits {
  return (AES_SIZES as readonly number[]).includes(value);
}

export function generateAesKey(bits: AesBits = DEFAULT_AES_BITS): Promise<AesKey> {
  return importAesKey(randomBytes(bits / 8));
}

export async function importAesKey(raw: Uint8Array): Promise<AesKey> {
  const bits = raw.length * 8;
  if (!isAesBits(bits)) throw new Error(`An AES key is 16 or 32 bytes long, not ${raw.length}.`);
  const bytes = copyBytes(raw);
  const gcm = await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { bits, raw: bytes, gcm };
}

/** One AES-GCM message as it travels: IV, ciphertext and authentication tag. */
export interface GcmSealed {
  readonly iv: Bytes;
  readonly ciphertext: Bytes;
  readonly tag: Bytes;
}

/** Encrypts with a fresh random 96-bit IV (never reuse an IV with the same key). */
export async function aesGcmEncrypt(
  key: AesKey,
  plaintext: Uint8Array,
  options: { iv?: Uint8Array; additionalData?: Uint8Array } = {},
): Promise<GcmSealed> {
  const iv = options.iv ? copyBytes(options.iv) : randomBytes(GCM_IV_BYTES);
  const params: AesGcmParams = { name: 'AES-GCM', iv, tagLength: GCM_TAG_BYTES * 8 };
  if (options.additionalData) params.additionalData = copyBytes(options.additionalData);
  const sealed = new Uint8Array(await crypto.subtle.encrypt(params, key.gcm, copyBytes(plaintext)));
  const split = sealed.length - GCM_TAG_BYTES;
  return { iv, ciphertext: sealed.slice(0, split), tag: sealed.slice(split) };
}

/** Decrypts and checks the tag; throws when the key is wrong or any byte was changed. */
export async function aesGcmDecrypt(
  key: AesKey,
  sealed: GcmSealed,
  options: { additionalData?: Uint8Array } = {},
): Promise<Bytes> {
  // WebCrypto also verifies shorter tags (down to 32 bits) when told to; taking the length
  // from the received tag would let a forger send 4 bytes and guess them.
  if (sealed.tag.length !== GCM_TAG_BYTES) {
    throw new Error(`An AES-GCM tag is ${GCM_TAG_BYTES} bytes long, not ${sealed.tag.length}.`);
  }
  const joined = new Uint8Array(sealed.ciphertext.length + sealed.tag.length);
  joined.set(sealed.ciphertext);
  joined.set(sealed.tag, sealed.ciphertext.length);
  const params: AesGcmParams = {
    name: 'AES-GCM',
    iv: copyBytes(sealed.iv),
    tagLength: GCM_TAG_BYTES * 8,
  };
  if (options.additionalData) params.additionalData = copyBytes(options.additionalData);
  return new Uint8Array(await crypto.subtle.decrypt(params, key.gcm, joined));
}
