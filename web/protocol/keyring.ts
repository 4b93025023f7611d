import { type AesBits, type AesKey, generateAesKey } from '../crypto/aes.ts';
import { type EcdhCurve, type EcdhKeyPair, generateEcdhKeyPair } from '../crypto/ecdh.ts';
import { fingerprintOf } from '../crypto/fingerprint.ts';
import { generateRsaOaepKeyPair, type RsaBits, type RsaOaepKeyPair } from '../crypto/rsa.ts';
import {
  generateSigningKeyPair,
  type SignatureScheme,
  type SigningKeyPair,
} from '../crypto/signatures.ts';
import type { KeyInfo } from './packet-types.ts';
import type { PartyId } from './parties.ts';

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
  private readonly entries = new Map<string, Promise<unknown>>();
  private generation = 0;

  /** Makes a thing once per slot and hands out the same promise after; a failure is forgotten. */
  cached<T>(slot: string, make: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(slot) as Promise<T> | undefined;
    if (!entry) {
      entry = make();
      this.entries.set(slot, entry);
      entry.catch(() => this.entries.delete(slot));
    }
    return entry;
  }

  rsa(owner: KeyOwner, bits: RsaBits): Promise<RsaIdentity> {
    return this.cached(`rsa/${owner}/${bits}`, async () => {
      const pair = await generateRsaOaepKeyPair(bits);
      return { pair, info: await describeRsaPublicKey(owner, pair) };
    });
  }

  ecdh(owner: KeyOwner, curve: EcdhCurve): Promise<EcdhIdentity> {
    return this.cached(`ecdh/${owner}/${curve}`, async () => {
      const pair = await generateEcdhKeyPair(curve);
      return { pair, info: await describeEcdhPublicKey(owner, pair) };
    });
  }

  /** A signing key pair; RSA-PSS keys follow the chosen RSA size. */
  signing(owner: KeyOwner, scheme: SignatureScheme, rsaBits: RsaBits): Promise<SigningIdentity> {
    const size = scheme === 'RSA-PSS' ? rsaBits : 256;
    return this.cached(`signing/${owner}/${scheme}/${size}`, async () => {
      const pair = await generateSigningKeyPair(scheme, { rsaBits });
      const info: KeyInfo = {
        id: `${owner}/sign-${scheme}`,
        kind: 'signing-public',
        owner,
        algorithm: scheme === 'ECDSA-P256' ? 'ECDSA P-256' : scheme,
        bits: size,
        fingerprint: await fingerprintOf(pair.spki),
      };
      return { pair, info };
    });
  }

  /** The key Alice and Bob "already share" in the locked-box lesson. */
  preShared(bits: AesBits): Promise<SharedKey> {
    return this.cached(`pre-shared/${bits}`, async () => {
      const key = await generateAesKey(bits);
      return { key, info: await describeAesKey('pre-shared', 'shared', key) };
    });
  }

  /** Forget every key; the next request generates fresh ones. */
  clear(): void {
    this.entries.clear();
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

/** The same key, marked as made for one session: it is erased when the session ends. */
export function forOneSession(info: KeyInfo): KeyInfo {
  return { ...info, lifetime: 'session' };
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
