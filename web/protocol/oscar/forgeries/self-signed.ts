import { withField } from '../../packets.ts';
import { loadX509 } from '../../pki.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const selfSigned: CertificateForgeryStrategy = {
  stoppedBy: 'the certificate check: signed by a CA Alice trusts',
  story: 'He makes a certificate for “bob” with his own key and signs it himself.',
  present: async ({ packet, own }) => {
    const x509 = await loadX509();
    const certificate = await x509.selfSignedCertificate({
      subjectName: 'bob',
      keys: { publicKey: own.publicKey, privateKey: own.privateKey },
    });
    return withField(packet, 'certificate', certificate.der);
  },
};
