import { describe, expect, test } from 'vitest';
import { aesGcmDecrypt, aesGcmEncrypt, importAesKey } from './aes.ts';
import { fromHex, toHex } from './encoding.ts';
import { VectorTally } from './testing/tally.ts';
import {
  type AeadGroup,
  caseName,
  casesOf,
  loadWycheproof,
  type WycheproofCase,
} from './testing/wycheproof.ts';

const tally = new VectorTally('AES-GCM');

/** What our wrapper, or the Node and browsers we target, cannot express. */
function skipReason({ group }: WycheproofCase<AeadGroup>): string | null {
  if (group.keySize === 192) return '192-bit keys';
  if (group.tagSize !== 128) return 'tag not 128 bits';
  // Node's WebCrypto rejects IVs outside 12..128 bytes (Chromium takes them). The empty IV
  // is invalid everywhere, so it runs: it must be rejected.
  if (group.ivSize > 0 && group.ivSize < 96) return 'IV shorter than 96 bits';
  if (group.ivSize > 1024) return 'IV longer than 1024 bits';
  return null;
}

const runnable = tally.plan(casesOf(loadWycheproof<AeadGroup>('aes_gcm_test.json')), skipReason);

describe('AES-GCM against Wycheproof aes_gcm_test.json', () => {
  for (const { test: t } of runnable) {
    test(caseName(t), async () => {
      const key = await importAesKey(fromHex(t.key));
      const sealed = { iv: fromHex(t.iv), ciphertext: fromHex(t.ct), tag: fromHex(t.tag) };
      const additionalData = fromHex(t.aad);
      await tally.expectBytes(t, t.msg, () => aesGcmDecrypt(key, sealed, { additionalData }));
      if (t.result === 'valid') {
        const again = await aesGcmEncrypt(key, fromHex(t.msg), { iv: sealed.iv, additionalData });
        expect(toHex(again.ciphertext)).toBe(t.ct);
        expect(toHex(again.tag)).toBe(t.tag);
      }
    });
  }

  test('runs every case WebCrypto can express', () => {
    console.info(tally.summary());
    expect(tally.complete).toBe(true);
    expect(tally.counts()).toEqual({
      run: 186,
      skipped: 130,
      skippedBy: {
        '192-bit keys': 103,
        'IV shorter than 96 bits': 25,
        'IV longer than 1024 bits': 2,
      },
      acceptable: { accepted: 0, rejected: 0 },
    });
  });
});
