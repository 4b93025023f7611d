import type { Bytes } from './bytes.ts';
import { type EcdhCurve, importEcdhPublicKey } from './ecdh.ts';
import { isDomError, isVerificationFailure } from './verification-failure.ts';

/** What opening a recorded secret takes: the operation and the bytes it works on. */
export type Opening =
  | { readonly kind: 'rsa-oaep'; readonly ciphertext: Bytes }
  | { readonly kind: 'ecdh'; readonly curve: EcdhCurve; readonly peer: Bytes }
  | { readonly kind: 'aes-gcm'; readonly iv: Bytes; readonly ciphertext: Bytes }
  | { readonly kind: 'aes-ctr'; readonly counter: Bytes; readonly ciphertext: Bytes };

/**
 * Asks WebCrypto to open with `key`. True when WebCrypto refuses the key itself
 * (InvalidAccessError: its algorithm or usages do not allow the operation); false when the
 * operation ran, whatever it produced. Any other exception is a bug and is rethrown.
 */
export async function refusesKey(key: CryptoKey, opening: Opening): Promise<boolean> {
  try {
    await run(key, opening);
    return false;
  } catch (error) {
    if (isDomError(error, 'InvalidAccessError')) return true;
    if (isVerificationFailure(error)) return false;
    throw error;
  }
}

async function run(key: CryptoKey, opening: Opening): Promise<unknown> {
  switch (opening.kind) {
    case 'rsa-oaep':
      return crypto.subtle.decrypt({ name: 'RSA-OAEP' }, key, opening.ciphertext);
    case 'ecdh': {
      const peer = await importEcdhPublicKey(opening.curve, opening.peer);
      const name = opening.curve === 'X25519' ? 'X25519' : 'ECDH';
      return crypto.subtle.deriveBits({ name, public: peer } as EcdhKeyDeriveParams, key, 256);
    }
    case 'aes-gcm':
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: opening.iv }, key, opening.ciphertext);
    case 'aes-ctr':
      return crypto.subtle.decrypt(
        { name: 'AES-CTR', counter: opening.counter, length: 64 },
        key,
        opening.ciphertext,
      );
  }
}
