import type { AesKey } from '../crypto/aes.ts';
import { deriveSharedSecret, type EcdhCurve, importEcdhPublicKey } from '../crypto/ecdh.ts';
import { utf8Encode } from '../crypto/encoding.ts';
import { deriveAesGcmKey } from '../crypto/hkdf.ts';
import type { KeyInfo } from './types.ts';

/** A symmetric session key as one party holds it. */
export interface SessionKey {
  readonly key: AesKey;
  readonly info: KeyInfo;
}

const SESSION_INFO = utf8Encode('handshake-lab session key v1');

/** ECDH with the peer's public value, then HKDF-SHA-256 to a 256-bit AES-GCM key. */
export async function deriveSessionKey(
  curve: EcdhCurve,
  ownPrivate: CryptoKey,
  peerPublicRaw: Uint8Array,
): Promise<AesKey> {
  const peer = await importEcdhPublicKey(curve, peerPublicRaw);
  const secret = await deriveSharedSecret(ownPrivate, peer);
  return deriveAesGcmKey(secret, SESSION_INFO);
}
