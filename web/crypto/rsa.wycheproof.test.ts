import { describe, expect, test } from 'vitest';
import { fromHex } from './encoding.ts';
import { importRsaOaepPrivateKey, isRsaBits, rsaOaepDecrypt } from './rsa.ts';
import { VectorTally } from './testing/tally.ts';
import {
  caseName,
  casesOf,
  loadWycheproof,
  type RsaOaepGroup,
  type WycheproofCase,
} from './testing/wycheproof.ts';

/** Our wrapper is RSA-OAEP with SHA-256 for both the label hash and MGF1. */
function skipReason({ group }: WycheproofCase<RsaOaepGroup>): string | null {
  if (group.sha !== 'SHA-256' || group.mgf !== 'MGF1' || group.mgfSha !== 'SHA-256') {
    return 'not SHA-256 with MGF1-SHA-256';
  }
  if (!isRsaBits(group.keySize)) return 'key size not offered';
  return null;
}

describe.each([2048, 3072, 4096])('RSA-OAEP %i against Wycheproof', (bits) => {
  const fileName = `rsa_oaep_${bits}_sha256_mgf1sha256_test.json`;
  const tally = new VectorTally(`RSA-OAEP ${bits}`);
  const runnable = tally.plan(casesOf(loadWycheproof<RsaOaepGroup>(fileName)), skipReason);
  const keys = new Map<RsaOaepGroup, Promise<CryptoKey>>();
  const keyFor = (group: RsaOaepGroup): Promise<CryptoKey> => {
    const key = keys.get(group) ?? importRsaOaepPrivateKey(fromHex(group.privateKeyPkcs8));
    keys.set(group, key);
    return key;
  };

  for (const { group, test: t } of runnable) {
    test(caseName(t), async () => {
      const key = await keyFor(group);
      const label = t.label === '' ? undefined : fromHex(t.label);
      await tally.expectBytes(t, t.msg, () => rsaOaepDecrypt(key, fromHex(t.ct), label));
    });
  }

  test(`runs every case in ${fileName}`, () => {
    console.info(tally.summary());
    expect(tally.complete).toBe(true);
    expect(tally.counts()).toEqual({
      run: 37,
      skipped: 0,
      skippedBy: {},
      acceptable: { accepted: 0, rejected: 0 },
    });
  });
});
