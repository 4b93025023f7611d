import { copyBytes } from '../bytes.ts';

/**
 * E_K(block): one raw AES block encryption, through WebCrypto's AES-CTR (the key stream of a
 * single block is E_K of the counter block). For tests that need GCM's H = E_K(0^128) and
 * E_K(J0) to check GHASH on its own.
 */
export async function aesEncryptBlock(rawKey: Uint8Array, block: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', copyBytes(rawKey), 'AES-CTR', false, [
    'encrypt',
  ]);
  const params = { name: 'AES-CTR', counter: copyBytes(block), length: 64 };
  return new Uint8Array(await crypto.subtle.encrypt(params, key, new Uint8Array(16)));
}

/** J0 for a 96-bit IV (SP 800-38D §7.1): IV ‖ 0^31 ‖ 1. */
export function initialCounterBlock(iv: Uint8Array): Uint8Array {
  if (iv.length !== 12) throw new Error('Only 96-bit IVs make J0 this simply.');
  const j0 = new Uint8Array(16);
  j0.set(iv);
  j0[15] = 1;
  return j0;
}
