import { type AesKey, importAesKey } from './aes.ts';
import { type Bytes, copyBytes } from './bytes.ts';

/** RFC 5869 caps the output at 255 hash blocks. */
export const HKDF_SHA256_MAX_BYTES = 255 * 32;

export async function hkdfSha256(
  ikm: Uint8Array,
  salt: Uint8Array,
  info: Uint8Array,
  lengthBytes: number,
): Promise<Bytes> {
  if (!Number.isInteger(lengthBytes) || lengthBytes < 1 || lengthBytes > HKDF_SHA256_MAX_BYTES) {
    throw new RangeError(
      `HKDF-SHA-256 gives 1 to ${HKDF_SHA256_MAX_BYTES} bytes, not ${lengthBytes}.`,
    );
  }
  const key = await crypto.subtle.importKey('raw', copyBytes(ikm), 'HKDF', false, ['deriveBits']);
  const params: HkdfParams = {
    name: 'HKDF',
    hash: 'SHA-256',
    salt: copyBytes(salt),
    info: copyBytes(info),
  };
  return new Uint8Array(await crypto.subtle.deriveBits(params, key, lengthBytes * 8));
}

/**
 * A 256-bit AES-GCM key from a Diffie-Hellman shared secret. The raw secret is not
 * uniformly random, so it goes through HKDF; `info` names what the key is for, so
 * that two uses of one secret get unrelated keys.
 */
export async function deriveAesGcmKey(
  sharedSecret: Uint8Array,
  info: Uint8Array,
  salt: Uint8Array = new Uint8Array(0),
): Promise<AesKey> {
  return importAesKey(await hkdfSha256(sharedSecret, salt, info, 32));
}
