import type { AesKey } from '../crypto/aes.ts';
import { type Bytes, concatBytes, copyBytes } from '../crypto/bytes.ts';
import { deriveSharedSecret, type EcdhCurve, importEcdhPublicKey } from '../crypto/ecdh.ts';
import { utf8Encode } from '../crypto/encoding.ts';
import { deriveAesGcmKey } from '../crypto/hkdf.ts';
import type { KeyInfo } from './packet-types.ts';

/** A symmetric session key as one party holds it. */
export interface SessionKey {
  readonly key: AesKey;
  readonly info: KeyInfo;
}

const SESSION_INFO = utf8Encode('handshake-lab session key v1');

/** What both sides saw of the exchange, in one order: Alice's public value, then Bob's. */
export function transcriptOf(aliceShare: Uint8Array, bobShare: Uint8Array): Bytes {
  return concatBytes(aliceShare, bobShare);
}

/**
 * ECDH with the peer's public value, then HKDF-SHA-256 to a 256-bit AES-GCM key. The
 * transcript (both public values) is the salt and part of `info`, so the key belongs to this
 * exchange alone: fresh key pairs in another run give another transcript and another key.
 */
export async function deriveSessionKey(
  curve: EcdhCurve,
  ownPrivate: CryptoKey,
  peerPublicRaw: Uint8Array,
  transcript: Uint8Array,
): Promise<AesKey> {
  const peer = await importEcdhPublicKey(curve, peerPublicRaw);
  const secret = await deriveSharedSecret(ownPrivate, peer);
  const salt = new Uint8Array(await crypto.subtle.digest('SHA-256', copyBytes(transcript)));
  return deriveAesGcmKey(secret, concatBytes(SESSION_INFO, transcript), salt);
}
