import {
  type CertificateAuthority,
  createCertificateAuthority,
  issueCertificate,
  type KeyUsageName,
} from '../x509.ts';

// The certificate authority the X.509 tests issue from, and the year its certificates cover.

export const CA_NAME = 'Handshake Lab Root CA';
export const NOW = new Date('2026-06-01T12:00:00Z');
export const YEAR_START = new Date('2026-01-01T00:00:00Z');
export const YEAR_END = new Date('2027-01-01T00:00:00Z');

export function createTestAuthority(): Promise<CertificateAuthority> {
  return createCertificateAuthority({
    name: CA_NAME,
    notBefore: YEAR_START,
    notAfter: new Date('2036-01-01T00:00:00Z'),
  });
}

/** A certificate from `issuer` for `subjectName`, valid for the test year unless told otherwise. */
export function issueFrom(
  issuer: CertificateAuthority,
  subjectName: string,
  spki: Uint8Array,
  options: {
    notBefore?: Date;
    notAfter?: Date;
    keyUsage?: KeyUsageName[];
    by?: CertificateAuthority;
  } = {},
) {
  return issueCertificate({
    issuer: options.by ?? issuer,
    subjectName,
    subjectPublicKeySpki: spki,
    notBefore: options.notBefore ?? YEAR_START,
    notAfter: options.notAfter ?? YEAR_END,
    ...(options.keyUsage ? { keyUsage: options.keyUsage } : {}),
  });
}
