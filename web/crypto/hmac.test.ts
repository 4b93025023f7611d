import { describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8Encode } from './encoding.ts';
import { hmacSha256, hmacSha256Verifies, importHmacKey } from './hmac.ts';

describe('HMAC-SHA-256', () => {
  it('matches RFC 4231 test case 2', async () => {
    const key = await importHmacKey(utf8Encode('Jefe'));
    const mac = await hmacSha256(key, utf8Encode('what do ya want for nothing?'));
    expect(toHex(mac)).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('verifies its own MAC and refuses one with a bit flipped', async () => {
    const key = await importHmacKey(fromHex('0b'.repeat(20)));
    const data = utf8Encode('Hi There');
    const mac = await hmacSha256(key, data);
    expect(toHex(mac)).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
    expect(await hmacSha256Verifies(key, mac, data)).toBe(true);
    mac[0] = (mac[0] ?? 0) ^ 1;
    expect(await hmacSha256Verifies(key, mac, data)).toBe(false);
  });
});
