import type { Bytes } from './bytes.ts';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array, separator = ''): string {
  const out: string[] = [];
  for (const byte of bytes) out.push(HEX[byte] as string);
  return out.join(separator);
}

export function fromHex(hex: string): Bytes {
  const clean = hex.replace(/[\s:]/g, '');
  if (clean.length % 2 !== 0 || /[^0-9a-fA-F]/.test(clean)) {
    throw new EncodingError('Hex must be pairs of the digits 0-9 and a-f.');
  }
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function fromBase64(base64: string): Bytes {
  const clean = base64.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) {
    throw new EncodingError('This is not base64: only A-Z, a-z, 0-9, + and / are allowed.');
  }
  // atob throws its own DOMException for these; say what is wrong instead.
  if (clean.length % 4 === 1 || (clean.endsWith('=') && clean.length % 4 !== 0)) {
    throw new EncodingError('This is not base64: a character is missing or extra.');
  }
  const binary = atob(clean);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

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

export class EncodingError extends Error {
  override name = 'EncodingError';
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
