import { beforeAll, describe, expect, test } from 'vitest';
import {
  deriveSharedSecret,
  type EcdhCurve,
  importEcdhPrivateKeyJwk,
  importEcdhPublicKey,
  importEcdhPublicKeyJwk,
  importX25519PrivateKey,
  x25519Supported,
} from './ecdh.ts';
import { fromHex } from './encoding.ts';
import { VectorTally, type Verdict } from './testing/tally.ts';
import {
  caseName,
  casesOf,
  type EcdhJwkGroup,
  loadWycheproof,
  type WycheproofCase,
  type WycheproofGroup,
  type WycheproofTest,
  type XdhGroup,
  type XdhJwkGroup,
} from './testing/wycheproof.ts';

const WYCHEPROOF_CURVE: Record<EcdhCurve, string> = { 'P-256': 'P-256', X25519: 'curve25519' };

function curveSkip(curve: EcdhCurve) {
  return <G extends WycheproofGroup<WycheproofTest> & { curve: string }>({
    group,
  }: WycheproofCase<G>): string | null =>
    group.curve === WYCHEPROOF_CURVE[curve] ? null : `curve not ${curve}`;
}

const ALL_ZERO = '00'.repeat(32);

/** WebCrypto refuses exactly the "acceptable" cases whose shared secret is all zeros. */
function expectedX25519Verdict(test: WycheproofTest & { shared: string }): Verdict {
  return test.result === 'invalid' || test.shared === ALL_ZERO ? 'rejected' : 'accepted';
}

beforeAll(async () => {
  // Node 20 has X25519; these vectors are meaningless on a runtime without it.
  expect(await x25519Supported()).toBe(true);
});

describe('ECDH P-256 against Wycheproof ecdh_secp256r1_webcrypto_test.json (JWK keys)', () => {
  const tally = new VectorTally('ECDH P-256 (JWK)');
  const file = loadWycheproof<EcdhJwkGroup>('ecdh_secp256r1_webcrypto_test.json');
  const runnable = tally.plan(casesOf(file), curveSkip('P-256'));

  for (const { test: t } of runnable) {
    test(caseName(t), () =>
      tally.expectBytes(t, t.shared, async () => {
        const privateKey = await importEcdhPrivateKeyJwk('P-256', t.private);
        const peer = await importEcdhPublicKeyJwk('P-256', t.public);
        return deriveSharedSecret(privateKey, peer);
      }),
    );
  }

  test('runs every case', () => {
    console.info(tally.summary());
    expect(tally.complete).toBe(true);
    expect(tally.counts()).toEqual({
      run: 353,
      skipped: 0,
      skippedBy: {},
      acceptable: { accepted: 0, rejected: 0 },
    });
  });
});

describe('X25519 against Wycheproof x25519_test.json (raw keys)', () => {
  const tally = new VectorTally('X25519 (raw)');
  const file = loadWycheproof<XdhGroup>('x25519_test.json');
  const runnable = tally.plan(casesOf(file), curveSkip('X25519'));

  for (const { test: t } of runnable) {
    test(caseName(t), async () => {
      const verdict = await tally.expectBytes(t, t.shared, async () => {
        const privateKey = await importX25519PrivateKey(fromHex(t.private));
        const peer = await importEcdhPublicKey('X25519', fromHex(t.public));
        return deriveSharedSecret(privateKey, peer);
      });
      expect(verdict).toBe(expectedX25519Verdict(t));
    });
  }

  test('runs every case', () => {
    console.info(tally.summary());
    expect(tally.complete).toBe(true);
    expect(tally.counts()).toEqual({
      run: 518,
      skipped: 0,
      skippedBy: {},
      acceptable: { accepted: 223, rejected: 31 },
    });
  });
});

describe('X25519 against Wycheproof x25519_jwk_test.json (JWK keys)', () => {
  const tally = new VectorTally('X25519 (JWK)');
  const file = loadWycheproof<XdhJwkGroup>('x25519_jwk_test.json');
  const runnable = tally.plan(casesOf(file), curveSkip('X25519'));

  for (const { test: t } of runnable) {
    test(caseName(t), async () => {
      const verdict = await tally.expectBytes(t, t.shared, async () => {
        const privateKey = await importEcdhPrivateKeyJwk('X25519', t.private);
        const peer = await importEcdhPublicKeyJwk('X25519', t.public);
        return deriveSharedSecret(privateKey, peer);
      });
      expect(verdict).toBe(expectedX25519Verdict(t));
    });
  }

  test('runs every case', () => {
    console.info(tally.summary());
    expect(tally.complete).toBe(true);
    expect(tally.counts()).toEqual({
      run: 531,
      skipped: 0,
      skippedBy: {},
      acceptable: { accepted: 223, rejected: 31 },
    });
  });
});
