import { aesGcmDecrypt, aesGcmEncrypt } from '../crypto/aes.ts';
import { aesCtrDecrypt, aesCtrEncrypt } from '../crypto/aes-ctr.ts';
import { type Bytes, concatBytes } from '../crypto/bytes.ts';
import { utf8Encode } from '../crypto/encoding.ts';
import { signMessage, verifySignature } from '../crypto/signatures.ts';
import { unlessVerificationFails } from '../crypto/verification-failure.ts';
import { type EngineText, say } from '../text/messages/engine.ts';
import type { CheckId } from './checks.ts';
import type { CipherChoice, SignaturePlacement } from './config-types.ts';
import type { Field } from './packet-types.ts';
import type { SessionKey } from './session-keys.ts';

/** How messages are protected in this run. `key` null means plain text (no encryption). */
export interface Protection {
  readonly cipher: CipherChoice;
  readonly placement: SignaturePlacement;
}

const NOTES = {
  iv: say('note.iv'),
  counter: say('note.counter'),
  signature: say('note.clear-signature'),
  ciphertext: say('note.ciphertext'),
  tag: say('note.tag'),
  text: say('note.text'),
} as const;

/** What the sequence field's note says: authenticated only where a tag or a signature covers it. */
function sequenceNote(tagged: boolean, signed: boolean, bound: boolean): EngineText {
  if (!tagged && !signed) return say('note.sequence-unauthenticated');
  return say('note.sequence-authenticated', {
    by: tagged && signed ? 'both' : tagged ? 'tag' : 'signature',
    bound: bound ? 'yes' : 'no',
  });
}

/** A sequence number as it travels: 8 bytes, big-endian. */
export const SEQUENCE_BYTES = 8;

export function encodeSequence(sequence: number): Bytes {
  const bytes = new Uint8Array(SEQUENCE_BYTES);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(sequence));
  return bytes;
}

export function decodeSequence(bytes: Bytes): number {
  if (bytes.length !== SEQUENCE_BYTES) return -1;
  return Number(new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getBigUint64(0));
}

/**
 * What the tag and the signature bind a numbered message to: the session and direction when
 * the numbers are bound (`binding`, never sent: each side supplies its own), then the number.
 */
export function associatedData(binding: Bytes | null, sequence: Bytes | null): Bytes | null {
  if (!sequence) return null;
  return binding ? concatBytes(binding, sequence) : sequence;
}

/** What a signature covers: the associated data (when there is any), then the text. */
export function signedBytes(associated: Bytes | null, plaintext: Bytes): Bytes {
  return associated ? concatBytes(associated, plaintext) : plaintext;
}

/**
 * The fields of one message: optional encryption (AES-GCM or AES-CTR) and an optional
 * signature, either in the clear beside the ciphertext (seed 004: nonce ‖ signature ‖
 * ciphertext) or inside it (a 2-byte length, the signature, then the text).
 */
export async function sealMessage(
  text: string,
  key: SessionKey | null,
  protection: Protection,
  signer: CryptoKey | null,
  sequence: number | null = null,
  binding: Bytes | null = null,
): Promise<Field[]> {
  const plaintext = utf8Encode(text);
  const number = sequence === null ? null : encodeSequence(sequence);
  const associated = associatedData(binding, number);
  const tagged = key !== null && protection.cipher === 'aes-gcm';
  const sequenceField: Field[] = number
    ? [
        {
          name: 'sequence',
          bytes: number,
          note: sequenceNote(tagged, signer !== null, binding !== null),
        },
      ]
    : [];
  const signature = signer ? await signMessage(signer, signedBytes(associated, plaintext)) : null;
  const clearSignature = signature && (protection.placement === 'clear' || !key);
  const signatureField: Field[] = clearSignature
    ? [{ name: 'signature', bytes: signature, note: NOTES.signature }]
    : [];
  if (!key)
    return [
      ...sequenceField,
      { name: 'text', bytes: plaintext, note: NOTES.text },
      ...signatureField,
    ];

  const payload =
    signature && !clearSignature
      ? concatBytes(lengthPrefix(signature.length), signature, plaintext)
      : plaintext;
  if (protection.cipher === 'aes-ctr') {
    const sealed = await aesCtrEncrypt(key.key, payload);
    return [
      ...sequenceField,
      { name: 'counter', bytes: sealed.counter, note: NOTES.counter },
      ...signatureField,
      {
        name: 'ciphertext',
        bytes: sealed.ciphertext,
        note: say('note.ciphertext-no-tag'),
      },
    ];
  }
  const sealed = await aesGcmEncrypt(
    key.key,
    payload,
    associated ? { additionalData: associated } : {},
  );
  return [
    ...sequenceField,
    { name: 'iv', bytes: sealed.iv, note: NOTES.iv },
    ...signatureField,
    { name: 'ciphertext', bytes: sealed.ciphertext, note: NOTES.ciphertext },
    { name: 'tag', bytes: sealed.tag, note: NOTES.tag },
  ];
}

export type Opened =
  | {
      readonly ok: true;
      readonly plaintext: Bytes;
      readonly signature: Bytes | null;
      /** The sequence field's bytes, as they arrived, when the message carries one. */
      readonly sequence: Bytes | null;
    }
  | { readonly ok: false; readonly check: CheckId; readonly reason: EngineText };

function field(fields: readonly Field[], name: string): Bytes | null {
  return fields.find((f) => f.name === name)?.bytes ?? null;
}

/**
 * Decrypts (when encrypted) and separates the signature; fails only where a check fails.
 * `binding` is the reader's own session id and direction, when numbers are bound.
 */
export async function openMessage(
  fields: readonly Field[],
  key: SessionKey | null,
  protection: Protection,
  binding: Bytes | null = null,
): Promise<Opened> {
  const clearSignature = field(fields, 'signature');
  const sequence = field(fields, 'sequence');
  const associated = associatedData(binding, sequence);
  const text = field(fields, 'text');
  if (text) return { ok: true, plaintext: text, signature: clearSignature, sequence };
  if (!key) return { ok: false, check: 'decryption', reason: say('reason.no-key') };

  const ciphertext = field(fields, 'ciphertext') ?? new Uint8Array();
  let payload: Bytes;
  const counter = field(fields, 'counter');
  if (counter) {
    payload = await aesCtrDecrypt(key.key, { counter, ciphertext });
  } else {
    const decrypted = await unlessVerificationFails(() =>
      aesGcmDecrypt(
        key.key,
        {
          iv: field(fields, 'iv') ?? new Uint8Array(),
          ciphertext,
          tag: field(fields, 'tag') ?? new Uint8Array(),
        },
        associated ? { additionalData: associated } : {},
      ),
    );
    if (!decrypted) {
      return {
        ok: false,
        check: 'gcm-tag',
        reason: say('reason.tag-mismatch'),
      };
    }
    payload = decrypted;
  }
  if (clearSignature || protection.placement === 'clear')
    return { ok: true, plaintext: payload, signature: clearSignature, sequence };
  return splitInsideSignature(payload, sequence);
}

function lengthPrefix(length: number): Bytes {
  return new Uint8Array([length >> 8, length & 0xff]);
}

function splitInsideSignature(payload: Bytes, sequence: Bytes | null): Opened {
  const length = ((payload[0] ?? 0) << 8) | (payload[1] ?? 0);
  if (payload.length < 2 + length) {
    return {
      ok: false,
      check: 'signature',
      reason: say('reason.too-short-for-signature'),
    };
  }
  return {
    ok: true,
    signature: payload.slice(2, 2 + length),
    plaintext: payload.slice(2 + length),
    sequence,
  };
}

/** True when `signature` over `plaintext` verifies with the key the reader holds as the sender's. */
export function signatureVerifies(
  verifyKey: CryptoKey,
  signature: Bytes | null,
  plaintext: Bytes,
): Promise<boolean> {
  return signature ? verifySignature(verifyKey, signature, plaintext) : Promise.resolve(false);
}
