import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLocale, PSEUDO_LOCALE, setLocale } from '../../text/index.ts';
import type { ScenarioConfig } from '../config-types.ts';
import { MATRIX_DEFAULTS } from '../matrix/defences.ts';
import { GOLDEN_CONFIGS } from './golden-configs.ts';
import { verifpalModel } from './model.ts';

const golden = (name: string) => new URL(`./golden/${name}.vp`, import.meta.url);

/**
 * Golden files: each model was read by hand. Those without the key schedule were also run
 * through Verifpal's web build when they were written; the key-schedule ones (key-schedule-*)
 * use only the primitives and the ASSERT check those already use or Verifpal documents. To accept a deliberate change: HANDSHAKE_UPDATE_GOLDEN=1 npx vitest run <this file>,
 * then read the diff.
 */
describe('Verifpal export: the model of each configuration', () => {
  it.each(Object.entries(GOLDEN_CONFIGS))('%s', (name, change) => {
    const model = verifpalModel({ ...MATRIX_DEFAULTS, ...change });
    if (process.env.HANDSHAKE_UPDATE_GOLDEN) writeFileSync(golden(name), model);
    expect(model).toBe(readFileSync(golden(name), 'utf8'));
  });

  it('follows the defences: guards, checks, signatures and the later phase', () => {
    const model = (change: object) => verifpalModel({ ...MATRIX_DEFAULTS, ...change });
    expect(model({ keyExchange: 'ecdh', check: 'out-of-band' })).toContain('Alice -> Bob: [ga]');
    expect(model({ keyExchange: 'ecdh' })).toContain('Alice -> Bob: ga ');
    expect(model({ keyExchange: 'ecdh' })).toContain('ka = HKDF(CONCAT(ga, gb), gb^a, nil)');
    expect(model({ certificates: 'on' })).toContain('_ = SIGNVERIF(gca, gb, certb)?');
    expect(model({ cipher: 'aes-ctr' })).toContain('e1 = ENC(k, m1)');
    expect(model({})).toContain('e1 = AEAD_ENC(k, m1, nil)');
    expect(model({ sequenceNumbers: 'on' })).toContain('e1 = AEAD_ENC(k, m1, sq1)');
    expect(model({ signatures: 'ecdsa' })).toContain('s1 = SIGN(ska, m1)');
    // RSA transport keeps Bob's key for years: it leaks in phase 1. Fresh ECDH pairs do not.
    expect(model({})).toMatch(/phase\[1\]\n\nprincipal Bob\[\n {2}leaks b\n\]/);
    expect(model({ keyExchange: 'ecdh' })).not.toContain('phase[1]');
    expect(model({ keyExchange: 'ecdh', ephemeral: 'off' })).toContain('leaks b');
    for (const query of [
      'confidentiality? m1',
      'authentication? Alice -> Bob: e1',
      'freshness? e1',
    ])
      expect(model({})).toContain(query);
  });

  it('with the TLS 1.3 key schedule, models the handshake: HKDF keys, Finished both ways checked', () => {
    const off = verifpalModel({ ...MATRIX_DEFAULTS, keySchedule: 'off' });
    const on = verifpalModel({ ...MATRIX_DEFAULTS, keySchedule: 'tls13' });
    expect(on).not.toBe(off);
    expect(off).not.toContain('Finished');
    // Traffic secrets from the transcript hash (salt) and the secret (key material).
    expect(on).toContain('bctraffic, bstraffic = HKDF(bth, bsecret, nil)');
    expect(on).toContain('asecret = PKE_DEC(hra, wk)');
    // Bob's Finished over the transcript up to the key; Alice's also over his Finished.
    expect(on).toContain('sfinished = MAC(bsfin, bth)');
    expect(on).toContain('_ = ASSERT(MAC(asfin, ath), sfinished)?');
    expect(on).toContain('ath2 = HASH(na, nb, wk, sfinished)');
    expect(on).toContain('_ = ASSERT(MAC(bcfin, bth2), cfinished)?');
    expect(on).toContain('authentication? Bob -> Alice: sfinished');
    expect(on).toContain('authentication? Alice -> Bob: cfinished');
    expect(on).toContain('Truncation is not a symbolic property.');
    // Signatures on: the KEY packet carries a signature over the handshake, checked by Alice.
    const signed = verifpalModel({ ...MATRIX_DEFAULTS, keySchedule: 'tls13', signatures: 'ecdsa' });
    expect(signed).toContain('_ = SIGNVERIF(hgsb, CONCAT(na, nb, wk), sigk)?');
    expect(signed).toContain('bth = HASH(na, nb, wk, sigk)');
    expect(on).not.toContain('sigk');
  });

  it('writes its comments from the catalogue, in the current locale, statements untouched', async () => {
    // The pseudo-locale loads on demand, as a page with ?lang=en-XA loads it.
    await loadLocale(PSEUDO_LOCALE);
    const every: ScenarioConfig = {
      ...MATRIX_DEFAULTS,
      ...GOLDEN_CONFIGS['every-defence'],
      keySchedule: 'tls13',
    };
    const english = verifpalModel(every);
    setLocale(PSEUDO_LOCALE);
    try {
      const pseudo = verifpalModel(every);
      const statements = (model: string) => model.split('\n').map((l) => l.replace(/\/\/.*/, ''));
      expect(statements(pseudo)).toEqual(statements(english));
      const comments = pseudo.split('\n').filter((l) => l.includes('// '));
      expect(comments.length).toBeGreaterThan(10);
      // Each message is bracketed whole: its first line opens with "[", its last closes with "]".
      expect(english).toContain('// Bob’s certificate');
      expect(pseudo).not.toContain('Bob’s certificate');
      expect(comments.some((l) => /\/\/ \[/.test(l))).toBe(true);
    } finally {
      setLocale('en');
    }
  });
});
