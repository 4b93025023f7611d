import type { CertificateForgery } from '../../config-types.ts';

/** How each of Oscar's certificate forgeries is named. */
export const FORGERY_LABELS: Record<CertificateForgery, string> = {
  'no-certificate': 'No certificate: just his own public key',
  'self-signed': 'A self-signed certificate claiming “bob”',
  'own-certificate': 'His own valid certificate, for “oscar”',
  'replace-key': 'Bob’s certificate with the key replaced',
  expired: 'An expired certificate for “bob”',
  'compromised-ca': 'A “bob” certificate from a compromised CA',
};
