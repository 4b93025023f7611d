import { type AesBits, type AesKey, importAesKey } from '../../crypto/aes.ts';
import { type Bytes, concatBytes } from '../../crypto/bytes.ts';
import { utf8Encode } from '../../crypto/encoding.ts';
import { sha256 } from '../../crypto/fingerprint.ts';
import { hkdfSha256 } from '../../crypto/hkdf.ts';
import { hmacSha256, hmacSha256Verifies, importHmacKey } from '../../crypto/hmac.ts';
import type { Packet } from '../packet-types.ts';
import { wireName } from './packets.ts';

/**
 * TLS 1.3's shape, simplified from RFC 8446 §7.1: one HKDF step from the shared secret and the
 * transcript hash to a traffic secret per direction, and from each traffic secret its record
 * key, its IV and its Finished key. (TLS 1.3 goes through early, handshake and master
 * secrets, with separate handshake and application keys; here one set does both.)
 */
export interface DirectionKeys {
  readonly key: AesKey;
  /** 12 bytes; each record's nonce is this IV XOR the record's sequence number. */
  readonly iv: Bytes;
  readonly finished: CryptoKey;
}

export interface KeySchedule {
  /** Alice → Bob. */
  readonly client: DirectionKeys;
  /** Bob → Alice. */
  readonly server: DirectionKeys;
}

export const RECORD_IV_BYTES = 12;

/**
 * The running transcript hash: SHA-256 over every handshake packet so far, as this side sent
 * or received it, every field included, in order.
 */
export function transcriptHash(packets: readonly Packet[]): Promise<Bytes> {
  return sha256(
    concatBytes(
      ...packets.flatMap((p) => [utf8Encode(wireName(p.kind)), ...p.fields.map((f) => f.bytes)]),
    ),
  );
}

const label = (text: string) => utf8Encode(`handshake-lab ${text}`);

async function directionKeys(
  secret: Bytes,
  transcriptHash: Bytes,
  side: 'c' | 's',
  aesBits: AesBits,
): Promise<DirectionKeys> {
  const traffic = await hkdfSha256(secret, transcriptHash, label(`${side} traffic`), 32);
  const expand = (what: string, bytes: number) =>
    hkdfSha256(traffic, new Uint8Array(), label(what), bytes);
  return {
    key: await importAesKey(await expand('key', aesBits / 8)),
    iv: await expand('iv', RECORD_IV_BYTES),
    finished: await importHmacKey(await expand('finished', 32)),
  };
}

/** Both directions' keys from the shared secret and the transcript hash up to the key. */
export async function keySchedule(
  secret: Bytes,
  transcriptHash: Bytes,
  aesBits: AesBits,
): Promise<KeySchedule> {
  return {
    client: await directionKeys(secret, transcriptHash, 'c', aesBits),
    server: await directionKeys(secret, transcriptHash, 's', aesBits),
  };
}

/** Finished: HMAC-SHA-256 over the transcript hash, under the sender's Finished key. */
export function finishedMac(keys: DirectionKeys, transcriptHash: Bytes): Promise<Bytes> {
  return hmacSha256(keys.finished, transcriptHash);
}

export function finishedVerifies(
  keys: DirectionKeys,
  mac: Bytes,
  transcriptHash: Bytes,
): Promise<boolean> {
  return hmacSha256Verifies(keys.finished, mac, transcriptHash);
}
