import { describe, expect, it } from 'vitest';
import { utf8Encode } from '../crypto/encoding.ts';
import { seededBytes as randomBytes } from '../crypto/testing/seeded-random.ts';
import {
  type CertificatesChoice,
  CIPHERS,
  type CipherChoice,
  FINGERPRINT_CHECKS,
  type FingerprintCheck,
  KEY_EXCHANGES,
  type KeyExchange,
  type SignatureChoice,
} from './config-types.ts';
import { DEFAULT_FORGERY, DEFAULT_MESSAGE } from './fixed-texts.ts';
import { OSCAR_PRESENCES, type OscarPresence } from './oscar/plan.ts';
import { planFor } from './oscar/plan-for.ts';
import { safetyNumber } from './safety-number.ts';
import { eventsOfType, runForTest } from './testing.ts';
import type { Trace } from './trace.ts';

describe('Oscar in the middle, no check', () => {
  for (const keyExchange of ['rsa', 'ecdh'] as const) {
    it(`${keyExchange}: reads every message, both receive all, nobody detects`, async () => {
      const trace = await runForTest('oscar-in-the-middle', { config: { keyExchange } });
      expect(trace.outcome).toEqual({
        sent: 2,
        delivered: 2,
        deliveredToBob: 1,
        readByOscar: 2,
        rejected: 0,
        forgedAccepted: 0,
        missing: 0,
        readBy: { alice: 0, bob: 0, oscar: 2 },
      });
      expect(eventsOfType(trace, 'aborted')).toHaveLength(0);
      expect(eventsOfType(trace, 'check').every((c) => c.passed)).toBe(true);
    });

    it(`${keyExchange}: the trace shows Alice holding Oscar’s key under Bob’s name`, async () => {
      const trace = await runForTest('oscar-in-the-middle', { config: { keyExchange } });
      const alicesBobKey = eventsOfType(trace, 'key-learned').find(
        (e) => e.actor === 'alice' && e.key.kind !== 'aes' && e.believedOwner === 'bob',
      );
      expect(alicesBobKey?.key.owner).toBe('oscar');
      const swaps = eventsOfType(trace, 'intercepted').filter((e) => e.action.do === 'replace');
      expect(swaps.length).toBeGreaterThanOrEqual(3);
    });
  }

  it('ecdh: Alice and Bob derive different keys, each equal to one of Oscar’s', async () => {
    const trace = await runForTest('oscar-in-the-middle', { config: { keyExchange: 'ecdh' } });
    const sessions = eventsOfType(trace, 'key-learned').filter((e) => e.key.kind === 'aes');
    const fp = (actor: string) =>
      sessions.filter((e) => e.actor === actor).map((e) => e.key.fingerprint.hex);
    const [alice] = fp('alice');
    const [bob] = fp('bob');
    expect(alice).not.toBe(bob);
    expect(fp('oscar')).toEqual(expect.arrayContaining([alice, bob]));
  });
});

describe('without Oscar in the middle', () => {
  it('ecdh: both sides derive the same key, and a passive Oscar reads nothing', async () => {
    const trace = await runForTest('mixing-secrets');
    const sessions = eventsOfType(trace, 'key-learned').filter((e) => e.key.kind === 'aes');
    expect(sessions).toHaveLength(2);
    expect(sessions[0]?.key.fingerprint.hex).toBe(sessions[1]?.key.fingerprint.hex);
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0 });
  });

  for (const curve of ['P-256', 'X25519'] as const) {
    it(`ecdh on ${curve} agrees`, async () => {
      const trace = await runForTest('mixing-secrets', { config: { curve } });
      expect(trace.outcome).toMatchObject({ delivered: 2, readByOscar: 0 });
    });
  }
});

describe('fingerprint checks against Oscar in the middle', () => {
  it('out of band: the numbers differ, Alice and Bob abort, nothing is sent', async () => {
    const trace = await runForTest('compare-fingerprints');
    expect(trace.outcome).toMatchObject({
      sent: 0,
      readByOscar: 0,
      detectedBy: 'fingerprint.out-of-band',
    });
    const phone = eventsOfType(trace, 'packet-sent').filter((e) => e.packet.channel === 'phone');
    expect(phone).toHaveLength(1);
    expect(eventsOfType(trace, 'intercepted').some((e) => e.packet.channel === 'phone')).toBe(
      false,
    );
  });

  it('in band: Oscar rewrites the checksum, it passes, he reads everything', async () => {
    const trace = await runForTest('compare-fingerprints', { config: { check: 'in-band' } });
    const check = eventsOfType(trace, 'check').find((c) => c.check === 'fingerprint.in-band');
    expect(check?.passed).toBe(true);
    const rewrite = eventsOfType(trace, 'intercepted').find(
      (e) => e.packet.kind === 'safety-number',
    );
    expect(rewrite?.action.do).toBe('replace');
    expect(trace.outcome).toMatchObject({ sent: 2, readByOscar: 2 });
    expect(trace.outcome.detectedBy).toBeUndefined();
  });

  it('with a passive Oscar, the numbers match and the conversation goes on', async () => {
    const trace = await runForTest('compare-fingerprints', { plan: { presence: 'passive' } });
    expect(
      eventsOfType(trace, 'check').find((c) => c.check.startsWith('fingerprint'))?.passed,
    ).toBe(true);
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0 });
  });
});

describe('every combination of the toggles', () => {
  interface Combo {
    k: KeyExchange;
    o: OscarPresence;
    c: FingerprintCheck;
    cipher: CipherChoice;
    signatures: SignatureChoice;
    certificates: CertificatesChoice;
  }
  const combos: Combo[] = [];
  for (const k of KEY_EXCHANGES)
    for (const o of OSCAR_PRESENCES)
      for (const c of FINGERPRINT_CHECKS)
        for (const cipher of CIPHERS)
          for (const signatures of ['off', 'ecdsa'] as const)
            for (const certificates of ['off', 'on'] as const)
              combos.push({ k, o, c, cipher, signatures, certificates });

  // What should happen, from first principles; the engine must agree by real computation.
  function expected({ k, o, c, cipher, signatures, certificates }: Combo) {
    const publicKeys = k === 'rsa' || k === 'ecdh';
    const caught = o === 'mitm' && publicKeys && (certificates === 'on' || c === 'out-of-band');
    if (caught) return { sent: 0, delivered: 0, readByOscar: 0, rejected: 0, forgedAccepted: 0 };
    const mitmWins = o === 'mitm' && publicKeys;
    const readsPlaintext = k === 'none' && o !== 'off';
    const readByOscar = mitmWins || readsPlaintext ? 2 : 0;
    if (o !== 'tamper' && o !== 'forge')
      return { sent: 2, delivered: 2, readByOscar, rejected: 0, forgedAccepted: 0 };
    // Oscar's forgery under a key of his own, with nothing that checks integrity (AES-CTR, no
    // signature): Bob decrypts it with his key into bytes nobody chose. He rejects them when
    // they are not UTF-8 (most of the time) and reads them when they happen to be (about 1 in
    // 10,000 for 16 bytes); either way Oscar's chosen text never gets through.
    if (o === 'forge' && signatures === 'off' && k !== 'none' && cipher === 'aes-ctr')
      return { garbage: true, readByOscar } as const;
    // A changed byte survives AES-CTR; a tag or a signature catches it.
    const noticed = signatures !== 'off' || (k !== 'none' && cipher === 'aes-gcm');
    return {
      sent: 2,
      delivered: 1,
      readByOscar,
      rejected: noticed ? 1 : 0,
      forgedAccepted: noticed ? 0 : 1,
    };
  }

  /** Bob either rejects the forgery as not text, or reads bytes that neither Alice nor Oscar wrote. */
  function expectGarbageAtBob(trace: Trace, readByOscar: number) {
    const reads = eventsOfType(trace, 'message-read').filter((e) => e.actor === 'bob');
    const failed = eventsOfType(trace, 'check').filter((e) => e.actor === 'bob' && !e.passed);
    expect(reads.filter((e) => e.genuine)).toHaveLength(0);
    const garbage = reads.filter((e) => !e.genuine);
    if (garbage.length === 0) {
      expect(failed.map((e) => e.check)).toEqual(['text']);
      expect(trace.outcome).toMatchObject({
        sent: 2,
        delivered: 1,
        readByOscar,
        rejected: 1,
        forgedAccepted: 0,
      });
      return;
    }
    expect(garbage).toHaveLength(1);
    const [read] = garbage;
    expect(read?.text).not.toBe(DEFAULT_FORGERY);
    // AES-CTR keeps the length: what Bob read is as long as what Oscar encrypted.
    expect(utf8Encode(read?.text ?? '').length).toBe(utf8Encode(DEFAULT_FORGERY).length);
    expect(failed).toHaveLength(0);
    expect(trace.outcome).toMatchObject({
      sent: 2,
      delivered: 1,
      readByOscar,
      rejected: 0,
      forgedAccepted: 1,
    });
  }

  it.each(combos)('%o', async (combo) => {
    const { k, o, c, cipher, signatures, certificates } = combo;
    const trace = await runForTest('sealed-envelope', {
      config: { keyExchange: k, check: c, cipher, signatures, certificates },
      plan: planFor(o, DEFAULT_MESSAGE),
    });
    const want = expected(combo);
    if ('garbage' in want) expectGarbageAtBob(trace, want.readByOscar);
    else expect(trace.outcome).toMatchObject(want);
  });
});

describe('safety numbers', () => {
  it('do not depend on the order of the keys, and change with any key', async () => {
    const a = randomBytes(65);
    const b = randomBytes(65);
    const n = await safetyNumber([a, b]);
    expect(n).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(await safetyNumber([b, a])).toBe(n);
    expect(await safetyNumber([a, randomBytes(65)])).not.toBe(n);
  });
});
