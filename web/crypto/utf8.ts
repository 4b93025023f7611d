import type { Bytes } from './bytes.ts';

export function utf8Encode(text: string): Bytes {
  return new TextEncoder().encode(text) as Bytes;
}

export function utf8Decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** What a reader who guesses "this is text" would see; null when the bytes are not UTF-8. */
export function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Decode(bytes);
  } catch (error) {
    // TextDecoder in fatal mode rejects bytes that are not UTF-8 with a TypeError.
    if (error instanceof TypeError) return null;
    throw error;
  }
}

/**
 * The bytes as text, when they are UTF-8 but for a character cut off at the end (a run of
 * bytes recovered from the middle of a message may stop inside one); null otherwise.
 */
export function utf8Start(bytes: Uint8Array): string | null {
  for (let cut = 0; cut < 4 && cut <= bytes.length; cut++) {
    const text = tryUtf8(bytes.subarray(0, bytes.length - cut));
    if (text !== null) return text;
  }
  return null;
}
