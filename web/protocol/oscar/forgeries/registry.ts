import type { CertificateForgery } from '../../config-types.ts';
import { compromisedCa } from './compromised-ca.ts';
import { expired } from './expired.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';
import { noCertificate } from './no-certificate.ts';
import { ownCertificate } from './own-certificate.ts';
import { replaceKey } from './replace-key.ts';
import { selfSigned } from './self-signed.ts';

/** Each certificate forgery of Oscar in the middle, by the plan's `forgery`. */
export const CERTIFICATE_FORGERY_STRATEGIES: Readonly<
  Record<CertificateForgery, CertificateForgeryStrategy>
> = {
  'no-certificate': noCertificate,
  'self-signed': selfSigned,
  'own-certificate': ownCertificate,
  'replace-key': replaceKey,
  expired,
  'compromised-ca': compromisedCa,
};
