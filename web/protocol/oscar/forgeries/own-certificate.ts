import { withField } from '../../packets.ts';
import { certify } from '../../pki.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const ownCertificate: CertificateForgeryStrategy = {
  stoppedBy: 'the certificate check: issued to the name Alice wanted',
  story: 'He presents his own, genuine certificate from the same CA: it says “oscar”.',
  present: async ({ context, packet, own }) =>
    withField(packet, 'certificate', (await certify(context.keys, 'oscar', own.spki)).der),
};
