import { say } from '../../../text/messages/engine.ts';
import { withField } from '../../packets.ts';
import { certify } from '../../pki.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const ownCertificate: CertificateForgeryStrategy = {
  stoppedBy: say('forgery.own-certificate.stopped-by'),
  story: say('forgery.own-certificate.story'),
  says: say('forgery.own-certificate.says', { actor: 'oscar' }),
  present: async ({ context, packet, own }) =>
    withField(packet, 'certificate', (await certify(context.keys, 'oscar', own.spki)).der),
};
