import { describe, expect, it } from 'vitest';
import { render } from '../text/index.ts';
import { assumedBytes, describeAssumed, tamperMask } from './tamper-target.ts';

// "pay 100 € to Zoë" in UTF-8, written out by hand: € is E2 82 AC, ë is C3 AB.
const MESSAGE = 'pay 100 € to Zoë';
const UTF8 = [
  0x70, 0x61, 0x79, 0x20, 0x31, 0x30, 0x30, 0x20, 0xe2, 0x82, 0xac, 0x20, 0x74, 0x6f, 0x20, 0x5a,
  0x6f, 0xc3, 0xab,
];

describe('the bytes Oscar assumes', () => {
  it('are the UTF-8 bytes, not UTF-16 positions', () => {
    const map = assumedBytes(MESSAGE, UTF8.length);
    expect(map.map((b) => (b.kind === 'text' ? b.value : -1))).toEqual(UTF8);
    expect(render(describeAssumed(map[15]))).toBe('“Z”');
    expect(render(describeAssumed(map[9]))).toBe('“€” (byte 2 of 3)');
    expect(render(describeAssumed(map[18]))).toBe('“ë” (byte 2 of 2)');
  });

  it('skip a 2-byte length and the signature when the signature travels inside', () => {
    const signature = 64;
    const map = assumedBytes(MESSAGE, 2 + signature + UTF8.length);
    expect(map[0]).toEqual({ kind: 'length', value: 0 });
    expect(map[1]).toEqual({ kind: 'length', value: 64 });
    expect(map[2]).toEqual({ kind: 'signature' });
    expect(map[65]).toEqual({ kind: 'signature' });
    expect(render(describeAssumed(map[66]))).toBe('“p”');
    expect(render(describeAssumed(map[66 + 15]))).toBe('“Z”');
  });
});

describe('the mask', () => {
  it('turns byte 4, "1", into "9" with 0x08', () => {
    const map = assumedBytes(MESSAGE, UTF8.length);
    expect(tamperMask(map[4], '9')).toEqual({ ok: true, xor: 0x08 });
  });

  it('turns byte 15, "Z" (UTF-16 position 13), into "C"', () => {
    const map = assumedBytes(MESSAGE, UTF8.length);
    expect(tamperMask(map[15], 'C')).toEqual({ ok: true, xor: 0x5a ^ 0x43 });
  });

  it('can aim at a byte of a multi-byte character', () => {
    const map = assumedBytes(MESSAGE, UTF8.length);
    expect(tamperMask(map[8], '$')).toEqual({ ok: true, xor: 0xe2 ^ 0x24 });
  });

  it('refuses the signature bytes, targets of more than one byte, and bytes past the end', () => {
    const inside = assumedBytes(MESSAGE, 2 + 64 + UTF8.length);
    expect(tamperMask(inside[10], '9')).toMatchObject({ ok: false });
    expect(tamperMask(inside[70], '€')).toMatchObject({ ok: false });
    expect(tamperMask(inside[200], '9')).toMatchObject({ ok: false });
  });
});
