import { describe, expect, it } from 'vitest';
import { render } from '../text/index.ts';
import { CERTIFICATE_FORGERIES, type CertificateForgery } from './config-types.ts';
import { eventsOfType, runForTest } from './testing.ts';

const REJECTED_BY: Record<Exclude<CertificateForgery, 'compromised-ca'>, string> = {
  'no-certificate': 'certificate.required',
  'self-signed': 'certificate.chain',
  'own-certificate': 'certificate.name',
  'replace-key': 'certificate.chain',
  expired: 'certificate.validity',
};

describe.each(['rsa', 'ecdh'] as const)('certificates with %s', (keyExchange) => {
  it('without Oscar in the middle, Bob’s certificate passes every check', async () => {
    const trace = await runForTest('certificate-authority', {
      config: { keyExchange },
      plan: { presence: 'passive' },
    });
    const checks = eventsOfType(trace, 'check').filter((c) => c.check.startsWith('certificate'));
    expect(checks.map((c) => c.check)).toEqual([
      'certificate.chain',
      'certificate.name',
      'certificate.validity',
      'certificate.key-usage',
    ]);
    const usage = checks.find((c) => c.check === 'certificate.key-usage');
    expect(usage ? render(usage.detail) : '').toContain(
      keyExchange === 'rsa' ? 'keyEncipherment' : 'digitalSignature',
    );
    expect(checks.every((c) => c.passed)).toBe(true);
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0 });
  });

  it.each(CERTIFICATE_FORGERIES.filter((f) => f !== 'compromised-ca'))(
    '%s is rejected by exactly one check',
    async (forgery) => {
      const trace = await runForTest('certificate-authority', {
        config: { keyExchange },
        plan: { presence: 'mitm', forgery },
      });
      const failed = eventsOfType(trace, 'check').filter((c) => !c.passed);
      expect(failed.map((c) => c.check)).toEqual([
        REJECTED_BY[forgery as keyof typeof REJECTED_BY],
      ]);
      expect(trace.outcome).toMatchObject({
        sent: 0,
        readByOscar: 0,
        detectedBy: failed[0]?.check,
      });
    },
  );

  it('a compromised CA lets Oscar in: every check passes and he reads everything', async () => {
    const trace = await runForTest('certificate-authority', {
      config: { keyExchange },
      plan: { presence: 'mitm', forgery: 'compromised-ca' },
    });
    expect(eventsOfType(trace, 'check').every((c) => c.passed)).toBe(true);
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 2 });
    expect(trace.outcome.detectedBy).toBeUndefined();
  });
});
