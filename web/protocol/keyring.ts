import { type AesBits, type AesKey, generateAesKey } from '../crypto/aes.ts';
import { type EcdhCurve, type EcdhKeyPair, generateEcdhKeyPair } from '../crypto/ecdh.ts';
import { fingerprintOf } from '../crypto/fingerprint.ts';
import { generateRsaOaepKeyPair, type RsaBits, type RsaOaepKeyPair } from '../crypto/rsa.ts';
import {
  generateSigningKeyPair,
  type SignatureScheme,
  type SigningKeyPair,
} from '../crypto/signatures.ts';
import type { KeyInfo, PartyId } from './types.ts';

export type KeyOwner = Exclude<PartyId, 'ca'>;

/** A long-term RSA key pair with its public description. */
export interface RsaIdentity {
  readonly pair: RsaOaepKeyPair;
  readonly info: KeyInfo;
}

/** An ECDH key pair with its public description. */
export interface EcdhIdentity {
  readonly pair: EcdhKeyPair;
  readonly info: KeyInfo;
}

export interface SigningIdentity {
  readonly pair: SigningKeyPair;
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
  private readonly ecdhKeys = new Map<string, Promise<EcdhIdentity>>();
  private readonly signingKeys = new Map<string, Promise<SigningIdentity>>();
  private readonly others = new Map<string, Promise<unknown>>();
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

  ecdh(owner: KeyOwner, curve: EcdhCurve): Promise<EcdhIdentity> {
    const slot = `${owner}/${curve}`;
    let entry = this.ecdhKeys.get(slot);
    if (!entry) {
      entry = generateEcdhKeyPair(curve).then(async (pair) => ({
        pair,
        info: await describeEcdhPublicKey(owner, pair),
      }));
      this.ecdhKeys.set(slot, entry);
      entry.catch(() => this.ecdhKeys.delete(slot));
    }
    return entry;
  }

  /** A signing key pair; RSA-PSS keys follow the chosen RSA size. */
  signing(owner: KeyOwner, scheme: SignatureScheme, rsaBits: RsaBits): Promise<SigningIdentity> {
    const slot = `${owner}/${scheme}/${scheme === 'RSA-PSS' ? rsaBits : ''}`;
    let entry = this.signingKeys.get(slot);
    if (!entry) {
      entry = generateSigningKeyPair(scheme, { rsaBits }).then(async (pair) => ({
        pair,
        info: {
          id: `${owner}/sign-${scheme}`,
          kind: 'signing-public',
          owner,
          algorithm: scheme === 'ECDSA-P256' ? 'ECDSA P-256' : scheme,
          bits: scheme === 'RSA-PSS' ? rsaBits : 256,
          fingerprint: await fingerprintOf(pair.spki),
        } satisfies KeyInfo,
      }));
      this.signingKeys.set(slot, entry);
      entry.catch(() => this.signingKeys.delete(slot));
    }
    return entry;
  }

  /** Anything else made once per set of keys (certificates, a CA), by a slot name. */
  cached<T>(slot: string, make: () => Promise<T>): Promise<T> {
    let entry = this.others.get(slot) as Promise<T> | undefined;
    if (!entry) {
      entry = make();
      this.others.set(slot, entry);
      entry.catch(() => this.others.delete(slot));
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
    this.ecdhKeys.clear();
    this.signingKeys.clear();
    this.others.clear();
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

export async function describeEcdhPublicKey(owner: KeyOwner, pair: EcdhKeyPair): Promise<KeyInfo> {
  return {
    id: `${owner}/ecdh-${pair.curve}`,
    kind: 'ecdh-public',
    owner,
    algorithm: pair.curve === 'X25519' ? 'X25519' : 'ECDH P-256',
    bits: 256,
    fingerprint: await fingerprintOf(pair.publicRaw),
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
