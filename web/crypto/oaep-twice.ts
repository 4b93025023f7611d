import { randomBytes } from './bytes.ts';
import { importRsaOaepPublicKey, wrapAesKey } from './rsa.ts';

export interface WrappedTwice {
  /** The one AES key (16 bytes) that was wrapped. */
  readonly key: Uint8Array;
  readonly first: Uint8Array;
  readonly second: Uint8Array;
}

/**
 * Wraps one fresh AES-128 key twice for the same RSA public key. OAEP mixes fresh random
 * bytes into every encryption, so the two results differ: nobody can test a guessed key by
 * wrapping it and comparing.
 */
export async function wrapSameKeyTwice(publicKeySpki: Uint8Array): Promise<WrappedTwice> {
  const publicKey = await importRsaOaepPublicKey(publicKeySpki);
  const key = randomBytes(16);
  const [first, second] = await Promise.all([
    wrapAesKey(publicKey, key),
    wrapAesKey(publicKey, key),
  ]);
  return { key, first, second };
}
