import { withField } from '../../packets.ts';
import { certify } from '../../pki.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const compromisedCa: CertificateForgeryStrategy = {
  stoppedBy:
    'nothing Alice checks here: a CA she trusts signed it (comparing safety numbers by phone would; so do revocation and certificate transparency, which the Lab does not model)',
  story: 'He has broken into the CA: it signs a certificate for “bob” with his key.',
  present: async ({ context, packet, own }) =>
    withField(packet, 'certificate', (await certify(context.keys, 'bob', own.spki)).der),
};
