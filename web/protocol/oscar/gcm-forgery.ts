import { bytesEqual } from '../../crypto/bytes.ts';
import { toHex, utf8Encode } from '../../crypto/encoding.ts';
import {
  type GcmRecord,
  maskFrom,
  recoverHashKey,
  tagFor,
} from '../../crypto/gcm-forbidden-attack.ts';
import { type Gf128, gfToBytes } from '../../crypto/gf128.ts';
import { xorBytes } from '../../crypto/xor.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
import type { TagForgery } from '../events.ts';
import type { Field, Packet } from '../packet-types.ts';

const fieldOf = (packet: Packet, name: string) =>
  packet.fields.find((f) => f.name === name)?.bytes ?? null;

/** What GCM authenticated of a packet: its associated data (the sequence number, if any), C, T. */
function recordOf(packet: Packet): GcmRecord | null {
  const ciphertext = fieldOf(packet, 'ciphertext');
  const tag = fieldOf(packet, 'tag');
  if (!ciphertext || !tag) return null;
  return { aad: fieldOf(packet, 'sequence') ?? new Uint8Array(), ciphertext, tag };
}

const sameRecord = (a: GcmRecord, b: GcmRecord) =>
  bytesEqual(a.aad, b.aad) && bytesEqual(a.ciphertext, b.ciphertext);

/** H in short hex, as the stage shows a key: the first 4 bytes. */
export const shortHex = (h: Gf128) => `${toHex(gfToBytes(h).slice(0, 4))}…`;

export type ForgeryAttempt =
  | {
      readonly made: true;
      readonly packet: Packet;
      readonly forgery: TagForgery;
      readonly narration: EngineText;
    }
  | { readonly made: false; readonly why: EngineText };

/**
 * GCM's forbidden attack on packets that share one key and one IV, the first of which he
 * knows the plaintext of. The tags of the first two give candidates for H (the roots of a
 * polynomial over GF(2^128)); any further packet's tag rules out the wrong ones. With H
 * pinned down he computes E_K(J0), encrypts `text` with the key stream he knows (C1 ⊕ P1),
 * and tags it. He never holds the AES key.
 */
export function forgeUnderRepeatedIv(
  sameIv: readonly Packet[],
  knownPlaintext: Uint8Array,
  text: string,
): ForgeryAttempt {
  const records: GcmRecord[] = [];
  for (const packet of sameIv) {
    const record = recordOf(packet);
    if (record && !records.some((r) => sameRecord(r, record))) records.push(record);
  }
  const [first] = records;
  const template = sameIv[sameIv.length - 1];
  if (!first || !template || records.length < 2)
    return { made: false, why: say('attempt.one-message-no-h') };
  const { degree, candidates, consistent } = recoverHashKey(records);
  const solved = say('attempt.h-candidates', {
    degree: String(degree),
    roots: candidates.length,
    candidates: candidates.map(shortHex).join(', '),
  });
  const [h] = consistent;
  if (!h || consistent.length > 1)
    return {
      made: false,
      why: say('attempt.waits-for-third', { solved }),
    };
  const keyStream = xorBytes(first.ciphertext, knownPlaintext);
  const wanted = utf8Encode(text);
  if (wanted.length > keyStream.length)
    return {
      made: false,
      why: say('attempt.too-little-key-stream', {
        solved,
        have: keyStream.length,
        want: wanted.length,
        text,
      }),
    };
  const ciphertext = xorBytes(keyStream, wanted);
  const aad = fieldOf(template, 'sequence') ?? new Uint8Array();
  const tag = tagFor(h, maskFrom(h, first), aad, ciphertext);
  const fields: Field[] = template.fields.map((f) => {
    if (f.name === 'ciphertext')
      return { ...f, bytes: ciphertext, note: say('note.forged-ciphertext') };
    if (f.name === 'tag') return { ...f, bytes: tag, note: say('note.forged-tag') };
    return f;
  });
  const packet: Packet = { ...template, id: `${template.id}-oscar`, forgedBy: 'oscar', fields };
  const picked =
    candidates.length === 1
      ? say('attempt.h-one-root')
      : say('attempt.h-picked', { message: String(records.length), h: shortHex(h) });
  return {
    made: true,
    packet,
    forgery: {
      packetId: packet.id,
      candidates: candidates.map((c) => toHex(gfToBytes(c))),
      hashKey: toHex(gfToBytes(h)),
      messages: records.length,
    },
    narration: say('narration.forges-tag', {
      actor: 'oscar',
      solved,
      picked,
      text,
      to: template.to,
      from: template.from,
    }),
  };
}
