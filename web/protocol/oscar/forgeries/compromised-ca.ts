import { say } from '../../../text/messages/engine.ts';
import { withField } from '../../packets.ts';
import { certify } from '../../pki.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const compromisedCa: CertificateForgeryStrategy = {
  stoppedBy: say('forgery.compromised-ca.stopped-by'),
  story: say('forgery.compromised-ca.story'),
  says: say('forgery.compromised-ca.says', { actor: 'oscar' }),
  present: async ({ context, packet, own }) =>
    withField(packet, 'certificate', (await certify(context.keys, 'bob', own.spki)).der),
};
