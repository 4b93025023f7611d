import { aesGcmDecrypt, aesGcmEncrypt } from '../../crypto/aes.ts';
import { type Bytes, concatBytes } from '../../crypto/bytes.ts';
import { unlessVerificationFails } from '../../crypto/verification-failure.ts';
import { say } from '../../text/messages/engine.ts';
import type { Field } from '../packet-types.ts';
import { type DirectionKeys, RECORD_IV_BYTES } from './key-schedule.ts';

/** The content type sealed inside each record (RFC 8446 §5.2): data, or an alert. */
export const CONTENT = { alert: 0x15, applicationData: 0x17 } as const;

/** The alert close_notify: level warning (1), description close_notify (0). */
export const CLOSE_NOTIFY = Uint8Array.of(1, 0);

/** The per-record nonce (RFC 8446 §5.3): the direction's IV XOR the 64-bit sequence number. */
export function recordNonce(iv: Bytes, sequence: number): Bytes {
  const nonce = new Uint8Array(iv);
  const number = new Uint8Array(8);
  new DataView(number.buffer).setBigUint64(0, BigInt(sequence));
  for (let i = 0; i < 8; i++) {
    const at = RECORD_IV_BYTES - 8 + i;
    nonce[at] = (nonce[at] ?? 0) ^ (number[i] ?? 0);
  }
  return nonce;
}

/** The record header, authenticated as associated data: type 23, version 3.3, length. */
function header(length: number): Bytes {
  return Uint8Array.of(0x17, 0x03, 0x03, length >> 8, length & 0xff);
}

/** One protected record: content ‖ content type, sealed under the key and the nonce for `sequence`. */
export async function sealRecord(
  keys: DirectionKeys,
  sequence: number,
  content: Bytes,
  type: number,
  what: string,
): Promise<Field[]> {
  const inner = concatBytes(content, Uint8Array.of(type));
  const sealed = await aesGcmEncrypt(keys.key, inner, {
    iv: recordNonce(keys.iv, sequence),
    additionalData: header(inner.length + 16),
  });
  return [
    {
      name: 'ciphertext',
      bytes: sealed.ciphertext,
      note: say('note.record', { what, sequence: String(sequence) }),
    },
    { name: 'tag', bytes: sealed.tag, note: say('note.record-tag') },
  ];
}

export type OpenedRecord = { readonly type: number; readonly content: Bytes } | null;

/** The record opened as record number `sequence`; null when the tag does not verify. */
export async function openRecord(
  keys: DirectionKeys,
  sequence: number,
  fields: readonly Field[],
): Promise<OpenedRecord> {
  const ciphertext = fields.find((f) => f.name === 'ciphertext')?.bytes;
  const tag = fields.find((f) => f.name === 'tag')?.bytes;
  if (!ciphertext || !tag || tag.length !== 16) return null;
  const inner = await unlessVerificationFails(() =>
    aesGcmDecrypt(
      keys.key,
      { iv: recordNonce(keys.iv, sequence), ciphertext, tag },
      { additionalData: header(ciphertext.length + tag.length) },
    ),
  );
  if (!inner || inner.length === 0) return null;
  return { type: inner[inner.length - 1] ?? 0, content: inner.slice(0, -1) };
}
