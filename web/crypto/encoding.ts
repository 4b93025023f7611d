import type { Bytes } from './bytes.ts';

// UTF-8 lives in its own file: the stage reads text from bytes without the rest of this one.
export { tryUtf8, utf8Decode, utf8Encode, utf8Start } from './utf8.ts';

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

export class EncodingError extends Error {
  override name = 'EncodingError';
}
