import { afterEach, describe, expect, it, vi } from 'vitest';
import { toPem } from '../crypto/pem.ts';
import { selfSignedCertificate } from '../crypto/x509-issue.ts';
import { render } from '../text/index.ts';
import '../text/messages/engine-patterns.ts';
import { describePastedPem } from './export.ts';

async function certificatePem(): Promise<string> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const { der } = await selfSignedCertificate({ subjectName: 'bob', keys });
  return toPem('CERTIFICATE', der);
}

describe('reading pasted PEM', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says what is wrong with text that is not PEM, or not a certificate inside', async () => {
    expect(await describePastedPem('hello, this is Bob')).toEqual({
      ok: false,
      problem: expect.stringContaining('No PEM block found'),
    });
    const notX509 = toPem('CERTIFICATE', new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x05]));
    expect(await describePastedPem(notX509)).toEqual({
      ok: false,
      problem: expect.stringContaining('not shaped like an X.509 certificate'),
    });
  });

  it('reads a good certificate', async () => {
    const reading = await describePastedPem(await certificatePem());
    expect(reading.ok && reading.kind).toBe('certificate');
    expect(reading.ok && reading.lines.map((line) => render(line))).toContain('Subject: bob');
  });

  it.each([
    ['a TypeError', new TypeError('digest is not a function')],
    ['a RangeError', new RangeError('offset is out of bounds')],
    ['an Error of its own', new Error('the browser gave up')],
  ])(
    'lets %s while reading a good certificate surface as itself, not as bad text',
    async (_, fault) => {
      const pem = await certificatePem();
      vi.spyOn(crypto.subtle, 'digest').mockRejectedValue(fault);
      await expect(describePastedPem(pem)).rejects.toBe(fault);
    },
  );
});
