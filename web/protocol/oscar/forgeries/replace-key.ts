import { withField } from '../../packets.ts';
import { loadX509 } from '../../pki.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const replaceKey: CertificateForgeryStrategy = {
  stoppedBy: 'the certificate check: signed by a CA Alice trusts',
  story:
    'He keeps Bob’s certificate and puts his own public key in it; the CA’s signature stays as it was.',
  present: async ({ packet, genuine, own }) => {
    const x509 = await loadX509();
    return withField(packet, 'certificate', (await x509.replacePublicKey(genuine, own.spki)).der);
  },
};
