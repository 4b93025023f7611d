import { type AesBits, type AesKey, generateAesKey } from '../crypto/aes.ts';
import { fingerprintOf } from '../crypto/fingerprint.ts';
import { generateRsaOaepKeyPair, type RsaBits, type RsaOaepKeyPair } from '../crypto/rsa.ts';
import type { KeyInfo, PartyId } from './types.ts';

export type KeyOwner = Exclude<PartyId, 'ca'>;

/** A long-term RSA key pair with its public description. */
export interface RsaIdentity {
  readonly pair: RsaOaepKeyPair;
  readonly info: KeyInfo;
}

export interface SharedKey {
  readonly key: AesKey;
  readonly info: KeyInfo;
}

/**
 * Long-term keys, generated once per owner and size and then reused, so that stepping
 * through a lesson never waits on key generation. `clear()` is the "new keys" button.
 */
export class KeyCache {
  private readonly rsaKeys = new Map<string, Promise<RsaIdentity>>();
  private readonly sharedKeys = new Map<AesBits, Promise<SharedKey>>();
  private generation = 0;

  rsa(owner: KeyOwner, bits: RsaBits): Promise<RsaIdentity> {
    const slot = `${owner}/${bits}`;
    let entry = this.rsaKeys.get(slot);
    if (!entry) {
      entry = generateRsaOaepKeyPair(bits).then(async (pair) => ({
        pair,
        info: await describeRsaPublicKey(owner, pair),
      }));
      this.rsaKeys.set(slot, entry);
      entry.catch(() => this.rsaKeys.delete(slot));
    }
    return entry;
  }

  /** The key Alice and Bob "already share" in the locked-box lesson. */
  preShared(bits: AesBits): Promise<SharedKey> {
    let entry = this.sharedKeys.get(bits);
    if (!entry) {
      entry = generateAesKey(bits).then(async (key) => ({
        key,
        info: await describeAesKey('pre-shared', 'shared', key),
      }));
      this.sharedKeys.set(bits, entry);
      entry.catch(() => this.sharedKeys.delete(bits));
    }
    return entry;
  }

  /** Forget every key; the next request generates fresh ones. */
  clear(): void {
    this.rsaKeys.clear();
    this.sharedKeys.clear();
    this.generation++;
  }

  /** Changes whenever the keys are regenerated, so callers can tell runs apart. */
  get version(): number {
    return this.generation;
  }
}

export async function describeRsaPublicKey(
  owner: KeyOwner,
  pair: RsaOaepKeyPair,
): Promise<KeyInfo> {
  return {
    id: `${owner}/rsa-${pair.bits}`,
    kind: 'rsa-public',
    owner,
    algorithm: 'RSA-OAEP',
    bits: pair.bits,
    fingerprint: await fingerprintOf(pair.spki),
  };
}

/** A symmetric key is identified by the hash of its bytes: safe to show, useless to Oscar. */
export async function describeAesKey(
  id: string,
  owner: KeyInfo['owner'],
  key: AesKey,
): Promise<KeyInfo> {
  return {
    id,
    kind: 'aes',
    owner,
    algorithm: 'AES-GCM',
    bits: key.bits,
    fingerprint: await fingerprintOf(key.raw),
  };
}
