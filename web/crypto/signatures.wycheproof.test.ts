import { beforeAll, describe, expect, test } from 'vitest';
import { fromHex } from './encoding.ts';
import {
  ed25519Supported,
  importVerifyKey,
  type SignatureScheme,
  verifySignature,
} from './signatures.ts';
import { VectorTally } from './testing/tally.ts';
import {
  caseName,
  casesOf,
  type EcdsaGroup,
  type EddsaGroup,
  loadWycheproof,
  type RsaPssGroup,
  type SignatureVerifyTest,
  type WycheproofCase,
  type WycheproofGroup,
} from './testing/wycheproof.ts';

type VerifyGroup = WycheproofGroup<SignatureVerifyTest> & { readonly publicKeyDer: string };

interface Suite<G extends VerifyGroup> {
  readonly fileName: string;
  readonly scheme: SignatureScheme;
  readonly label: string;
  readonly skipReason: (item: WycheproofCase<G>) => string | null;
  readonly expected: { readonly run: number; readonly skipped: number };
}

function describeSuite<G extends VerifyGroup>(suite: Suite<G>): void {
  describe(`${suite.label} against Wycheproof ${suite.fileName}`, () => {
    const tally = new VectorTally(suite.label);
    const runnable = tally.plan(casesOf(loadWycheproof<G>(suite.fileName)), suite.skipReason);
    const keys = new Map<G, Promise<CryptoKey>>();
    const keyFor = (group: G): Promise<CryptoKey> => {
      const key = keys.get(group) ?? importVerifyKey(suite.scheme, fromHex(group.publicKeyDer));
      keys.set(group, key);
      return key;
    };

    for (const { group, test: t } of runnable) {
      test(caseName(t), async () => {
        const key = await keyFor(group);
        await tally.expectVerify(t, () => verifySignature(key, fromHex(t.sig), fromHex(t.msg)));
      });
    }

    test('runs every case', () => {
      console.info(tally.summary());
      expect(tally.complete).toBe(true);
      expect(tally.counts()).toEqual({
        ...suite.expected,
        skippedBy: {},
        acceptable: { accepted: 0, rejected: 0 },
      });
    });
  });
}

beforeAll(async () => {
  // Node 20 has Ed25519; these vectors are meaningless on a runtime without it.
  expect(await ed25519Supported()).toBe(true);
});

for (const bits of [2048, 3072, 4096]) {
  describeSuite<RsaPssGroup>({
    fileName: `rsa_pss_${bits}_sha256_mgf1_32_test.json`,
    scheme: 'RSA-PSS',
    label: `RSA-PSS ${bits}`,
    skipReason: ({ group }) => {
      if (group.sha !== 'SHA-256' || group.mgf !== 'MGF1' || group.mgfSha !== 'SHA-256') {
        return 'not SHA-256 with MGF1-SHA-256';
      }
      return group.sLen === 32 ? null : 'salt not 32 bytes';
    },
    expected: { run: 108, skipped: 0 },
  });
}

describeSuite<EcdsaGroup>({
  fileName: 'ecdsa_secp256r1_sha256_p1363_test.json',
  scheme: 'ECDSA-P256',
  label: 'ECDSA P-256',
  skipReason: ({ group }) =>
    group.publicKey.curve === 'secp256r1' && group.sha === 'SHA-256' ? null : 'not P-256/SHA-256',
  expected: { run: 262, skipped: 0 },
});

describeSuite<EddsaGroup>({
  fileName: 'ed25519_test.json',
  scheme: 'Ed25519',
  label: 'Ed25519',
  skipReason: ({ group }) => (group.publicKey.curve === 'edwards25519' ? null : 'not Ed25519'),
  expected: { run: 151, skipped: 0 },
});
