import { say } from '../../../text/messages/engine.ts';
import { withField } from '../../packets.ts';
import { loadX509 } from '../../pki.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const replaceKey: CertificateForgeryStrategy = {
  stoppedBy: say('forgery.stopped-by.trusted-ca'),
  story: say('forgery.replace-key.story'),
  says: say('forgery.replace-key.says', { actor: 'oscar' }),
  present: async ({ packet, genuine, own }) => {
    const x509 = await loadX509();
    return withField(packet, 'certificate', (await x509.replacePublicKey(genuine, own.spki)).der);
  },
};
