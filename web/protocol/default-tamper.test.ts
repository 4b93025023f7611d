import { describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode } from '../crypto/encoding.ts';
import { defaultTamper } from './oscar/default-tamper.ts';

/** The text Bob reads once Oscar's default edit is applied to the bytes of `message`. */
function edited(message: string): string {
  const { byte, xor } = defaultTamper(message);
  const bytes = utf8Encode(message);
  bytes[byte] = (bytes[byte] ?? 0) ^ xor;
  return utf8Decode(bytes);
}

describe('Oscar’s default edit is made for the message actually sent', () => {
  it('turns the first digit into a 9, wherever the amount stands', () => {
    expect(defaultTamper('pay 100 to Carol')).toEqual({ byte: 4, xor: 0x31 ^ 0x39 });
    expect(edited('pay 100 to Carol')).toBe('pay 900 to Carol');
    expect(edited('Transfer 25 to Dave')).toBe('Transfer 95 to Dave');
  });

  it('counts UTF-8 bytes, as the tamperer does, past letters of two bytes', () => {
    expect(defaultTamper('Zoë pays 100').byte).toBe(10);
    expect(edited('Zoë pays 100')).toBe('Zoë pays 900');
  });

  it('turns a 9 into a 1, and flips a bit of the first byte when there is no digit', () => {
    expect(edited('pay 950 to Erin')).toBe('pay 150 to Erin');
    expect(edited('hello')).toBe('iello');
  });
});
