import { utf8Encode } from '../crypto/encoding.ts';
import { tamperSays as says, type TamperText } from '../text/messages/tamper.ts';

/**
 * What Oscar assumes one byte of the field he tampers with holds. He knows the format and
 * guesses the text, but a signature encrypted with the message he cannot know.
 */
export type AssumedByte =
  | {
      readonly kind: 'text';
      readonly value: number;
      /** The character this byte belongs to, and which of its UTF-8 bytes it is (from 1). */
      readonly char: string;
      readonly part: number;
      readonly parts: number;
    }
  | { readonly kind: 'length'; readonly value: number }
  | { readonly kind: 'signature' };

/** Size of the length prefix before a signature that travels inside the ciphertext. */
const LENGTH_PREFIX = 2;

/**
 * Byte by byte, what Oscar assumes a message field of `fieldLength` bytes holds when the
 * text is `text`: the UTF-8 bytes of the text, preceded, when the field is longer, by a
 * 2-byte length and a signature (the message codec's "signature inside" layout).
 */
export function assumedBytes(text: string, fieldLength: number): AssumedByte[] {
  const textBytes = textByteMap(text);
  const extra = fieldLength - textBytes.length;
  if (extra < 0) return textBytes.slice(0, fieldLength);
  if (extra === 0) return textBytes;
  const signatureLength = extra - LENGTH_PREFIX;
  const head: AssumedByte[] = [];
  if (signatureLength >= 0) {
    head.push({ kind: 'length', value: signatureLength >> 8 });
    head.push({ kind: 'length', value: signatureLength & 0xff });
  }
  while (head.length < extra) head.push({ kind: 'signature' });
  return [...head, ...textBytes];
}

function textByteMap(text: string): AssumedByte[] {
  const map: AssumedByte[] = [];
  for (const char of text) {
    const bytes = utf8Encode(char);
    bytes.forEach((value, index) => {
      map.push({ kind: 'text', value, char, part: index + 1, parts: bytes.length });
    });
  }
  return map;
}

export type TamperMask =
  | { readonly ok: true; readonly xor: number }
  | { readonly ok: false; readonly problem: TamperText };

/** The XOR that turns the byte Oscar assumes into the one-byte character he wants. */
export function tamperMask(assumed: AssumedByte | undefined, wanted: string): TamperMask {
  if (!assumed) return { ok: false, problem: says('tamper.pick-a-byte') };
  if (assumed.kind === 'signature') return { ok: false, problem: says('tamper.signature-byte') };
  const target = utf8Encode(wanted);
  if (target.length !== 1 || [...wanted].length !== 1) {
    return { ok: false, problem: says('tamper.one-byte-character') };
  }
  return { ok: true, xor: assumed.value ^ (target[0] ?? 0) };
}

/** How the byte picker names a byte: “1”, “€” (byte 2 of 3), length, signature. */
export function describeAssumed(assumed: AssumedByte | undefined): TamperText {
  if (!assumed) return says('tamper.unknown');
  if (assumed.kind === 'signature') return says('tamper.signature');
  if (assumed.kind === 'length') return says('tamper.length');
  return assumed.parts === 1
    ? says('tamper.character', { char: assumed.char })
    : says('tamper.character-part', {
        char: assumed.char,
        part: String(assumed.part),
        parts: String(assumed.parts),
      });
}
