import { describe, expect, it } from 'vitest';
import { utf8Encode, utf8Start } from './encoding.ts';

describe('utf8Start: the text of a run of bytes cut from a message', () => {
  it('keeps whole text as it is', () => {
    expect(utf8Start(utf8Encode('Today’s payments'))).toBe('Today’s payments');
  });

  it('drops a character cut off at the end (’ is three bytes: e2 80 99)', () => {
    const bytes = utf8Encode('Today’s');
    expect(utf8Start(bytes.subarray(0, 6))).toBe('Today');
    expect(utf8Start(bytes.subarray(0, 7))).toBe('Today');
  });

  it('is null for bytes that are not text', () => {
    expect(utf8Start(new Uint8Array([0x41, 0xff, 0x42, 0x43, 0x44]))).toBeNull();
  });
});
