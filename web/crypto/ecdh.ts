import { type Bytes, concatBytes, copyBytes } from './bytes.ts';
import { fromHex } from './encoding.ts';
import { isDomError } from './verification-failure.ts';

export type EcdhCurve = 'P-256' | 'X25519';

/** An ephemeral key-agreement pair; `publicRaw` is what goes on the wire. */
export interface EcdhKeyPair {
  readonly curve: EcdhCurve;
  readonly publicKey: CryptoKey;
  readonly privateKey: CryptoKey;
  /** 65 bytes (04 ‖ x ‖ y) on P-256, 32 bytes on X25519. */
  readonly publicRaw: Bytes;
}

export const SHARED_SECRET_BYTES = 32;
export const X25519_KEY_BYTES = 32;

/** PKCS#8 header for a bare X25519 private key (RFC 8410); the 32 key bytes follow it. */
const X25519_PKCS8_PREFIX = fromHex('302e020100300506032b656e04220420');

function algorithmFor(curve: EcdhCurve): EcKeyImportParams | Algorithm {
  return curve === 'P-256' ? { name: 'ECDH', namedCurve: 'P-256' } : { name: 'X25519' };
}

let x25519Support: Promise<boolean> | undefined;

/** Whether this browser does X25519 in WebCrypto (asked once, then remembered). */
export function x25519Supported(): Promise<boolean> {
  x25519Support ??= (async () => {
    try {
      await crypto.subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']);
      return true;
    } catch (error) {
      // A browser without the algorithm says NotSupportedError; anything else is a bug.
      if (isDomError(error, 'NotSupportedError')) return false;
      throw error;
    }
  })();
  return x25519Support;
}

/** X25519 where the browser has it, P-256 otherwise. */
export async function preferredEcdhCurve(): Promise<EcdhCurve> {
  return (await x25519Supported()) ? 'X25519' : 'P-256';
}

export async function generateEcdhKeyPair(
  curve: EcdhCurve,
  options: { extractable?: boolean } = {},
): Promise<EcdhKeyPair> {
  const pair = (await crypto.subtle.generateKey(algorithmFor(curve), options.extractable ?? false, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const publicRaw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { curve, publicKey: pair.publicKey, privateKey: pair.privateKey, publicRaw };
}

/** A peer's public key from its wire bytes; throws when they are not a point on `curve`. */
export function importEcdhPublicKey(curve: EcdhCurve, raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', copyBytes(raw), algorithmFor(curve), true, []);
}

/** Throws when the JWK is malformed or names another curve than `curve`. */
export function importEcdhPublicKeyJwk(curve: EcdhCurve, jwk: JsonWebKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, algorithmFor(curve), true, []);
}

export function importEcdhPrivateKeyJwk(curve: EcdhCurve, jwk: JsonWebKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, algorithmFor(curve), false, ['deriveBits']);
}

/** WebCrypto has no raw import for X25519 private keys, so the 32 bytes go in as PKCS#8. */
export async function importX25519PrivateKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.length !== X25519_KEY_BYTES) {
    throw new Error(`An X25519 private key is ${X25519_KEY_BYTES} bytes long, not ${raw.length}.`);
  }
  const pkcs8 = concatBytes(X25519_PKCS8_PREFIX, raw);
  return crypto.subtle.importKey('pkcs8', pkcs8, { name: 'X25519' }, false, ['deriveBits']);
}

/**
 * The 32-byte shared secret (the x-coordinate on P-256). Both keys must be on the same
 * curve. Throws for a low-order X25519 peer key, whose result would be all zeros.
 * Feed it through HKDF before using it as a key.
 */
export async function deriveSharedSecret(
  privateKey: CryptoKey,
  peerPublicKey: CryptoKey,
): Promise<Bytes> {
  const params = { name: privateKey.algorithm.name, public: peerPublicKey };
  const bits = await crypto.subtle.deriveBits(params, privateKey, SHARED_SECRET_BYTES * 8);
  return new Uint8Array(bits);
}
