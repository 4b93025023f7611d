import { utf8Encode } from '../../crypto/encoding.ts';

const NINE = 0x39;
const ONE = 0x31;

/**
 * Oscar's default edit of the message actually sent: its first digit becomes a 9 (a 9 becomes
 * a 1), so "pay 100 to Carol" arrives as "pay 900 to Carol". The byte is counted in the
 * message's UTF-8 bytes, as the tamperer counts them in the text or in CTR's ciphertext.
 * A message without a digit gets the lowest bit of its first byte flipped.
 */
export function defaultTamper(message: string): { readonly byte: number; readonly xor: number } {
  const bytes = utf8Encode(message);
  const byte = bytes.findIndex((b) => b >= 0x30 && b <= NINE);
  if (byte === -1) return { byte: 0, xor: 0x01 };
  const digit = bytes[byte] ?? NINE;
  return { byte, xor: digit ^ (digit === NINE ? ONE : NINE) };
}
