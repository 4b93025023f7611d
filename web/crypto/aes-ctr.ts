import type { AesKey } from './aes.ts';
import { type Bytes, concatBytes, copyBytes, randomBytes } from './bytes.ts';

export const CTR_BLOCK_BYTES = 16;
export const CTR_NONCE_BYTES = 8;
/** The low 64 bits of the counter block count blocks; the high 64 bits are the nonce. */
export const CTR_COUNTER_BITS = 64;

/**
 * An AES-CTR message as it travels: the initial counter block and the ciphertext. There is
 * no tag, so nothing detects a changed byte: flipping a ciphertext bit flips the same
 * plaintext bit.
 */
export interface CtrSealed {
  readonly counter: Bytes;
  readonly ciphertext: Bytes;
}

const ctrKeys = new WeakMap<AesKey, Promise<CryptoKey>>();

/** The same raw key bytes, imported a second time for AES-CTR (a CryptoKey has one algorithm). */
function ctrKeyFor(key: AesKey): Promise<CryptoKey> {
  let imported = ctrKeys.get(key);
  if (!imported) {
    imported = crypto.subtle.importKey('raw', key.raw, 'AES-CTR', false, ['encrypt', 'decrypt']);
    ctrKeys.set(key, imported);
  }
  return imported;
}

function ctrParams(counter: Bytes): AesCtrParams {
  return { name: 'AES-CTR', counter, length: CTR_COUNTER_BITS };
}

/** Encrypts under a fresh counter block: 8 random nonce bytes, then a 64-bit counter at 0. */
export async function aesCtrEncrypt(
  key: AesKey,
  plaintext: Uint8Array,
  options: { counter?: Uint8Array } = {},
): Promise<CtrSealed> {
  const counter = options.counter
    ? copyBytes(options.counter)
    : concatBytes(randomBytes(CTR_NONCE_BYTES), new Uint8Array(CTR_BLOCK_BYTES - CTR_NONCE_BYTES));
  if (counter.length !== CTR_BLOCK_BYTES) {
    throw new Error(
      `An AES-CTR counter block is ${CTR_BLOCK_BYTES} bytes long, not ${counter.length}.`,
    );
  }
  const ciphertext = await crypto.subtle.encrypt(
    ctrParams(counter),
    await ctrKeyFor(key),
    copyBytes(plaintext),
  );
  return { counter, ciphertext: new Uint8Array(ciphertext) };
}

/** Never fails on changed bytes: it returns whatever they decrypt to. */
export async function aesCtrDecrypt(key: AesKey, sealed: CtrSealed): Promise<Bytes> {
  if (sealed.counter.length !== CTR_BLOCK_BYTES) {
    throw new Error(
      `An AES-CTR counter block is ${CTR_BLOCK_BYTES} bytes long, not ${sealed.counter.length}.`,
    );
  }
  const plaintext = await crypto.subtle.decrypt(
    ctrParams(copyBytes(sealed.counter)),
    await ctrKeyFor(key),
    copyBytes(sealed.ciphertext),
  );
  return new Uint8Array(plaintext);
}
