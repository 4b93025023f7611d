import { withField } from '../../packets.ts';
import { certify } from '../../pki.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const expired: CertificateForgeryStrategy = {
  stoppedBy: 'the certificate check: within its validity period',
  story: 'He presents an old certificate for “bob” whose key he holds; it has expired.',
  present: async ({ context, packet, own }) =>
    withField(
      packet,
      'certificate',
      (await certify(context.keys, 'bob', own.spki, { expired: true })).der,
    ),
};
