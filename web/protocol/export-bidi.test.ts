import { describe, expect, it } from 'vitest';
import { toPem } from '../crypto/pem.ts';
import { selfSignedCertificate } from '../crypto/x509-issue.ts';
import { render } from '../text/index.ts';
import '../text/messages/engine-patterns.ts';
import { describePastedPem } from './export.ts';

describe('a pasted certificate whose names hide bidi controls', () => {
  it('shows U+202E written out, so “evil” never reads as “live”', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const { der } = await selfSignedCertificate({ subjectName: '\u202Eevil', keys });
    const reading = await describePastedPem(toPem('CERTIFICATE', der));
    const lines = reading.ok ? reading.lines.map((line) => render(line)) : [];
    expect(lines).toContain('Subject: <U+202E>evil');
    expect(lines).toContain('Issuer: <U+202E>evil');
    expect(lines.join('\n')).not.toContain('\u202E');
  });
});
