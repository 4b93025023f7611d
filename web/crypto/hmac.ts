import { type Bytes, copyBytes } from './bytes.ts';

/** An HMAC-SHA-256 key for computing and checking MACs. */
export function importHmacKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', copyBytes(raw), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

export async function hmacSha256(key: CryptoKey, data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, copyBytes(data)));
}

/** WebCrypto compares in constant time; a MAC of the wrong length simply does not verify. */
export function hmacSha256Verifies(
  key: CryptoKey,
  mac: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  return crypto.subtle.verify('HMAC', key, copyBytes(mac), copyBytes(data));
}
