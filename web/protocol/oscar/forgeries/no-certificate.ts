import { say } from '../../../text/messages/engine.ts';
import { publicKeyPacket } from '../../packets.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const noCertificate: CertificateForgeryStrategy = {
  stoppedBy: say('forgery.no-certificate.stopped-by'),
  story: say('forgery.no-certificate.story'),
  says: say('forgery.no-certificate.says', { actor: 'oscar' }),
  present: async ({ packet, own }) =>
    publicKeyPacket(packet, say('packet.public-key', { owner: 'bob' }), own.spki),
};
