import { say } from '../../../text/messages/engine.ts';
import { withField } from '../../packets.ts';
import { loadX509 } from '../../pki.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const selfSigned: CertificateForgeryStrategy = {
  stoppedBy: say('forgery.stopped-by.trusted-ca'),
  story: say('forgery.self-signed.story'),
  says: say('forgery.self-signed.says', { actor: 'oscar' }),
  present: async ({ packet, own }) => {
    const x509 = await loadX509();
    const certificate = await x509.selfSignedCertificate({
      subjectName: 'bob',
      keys: { publicKey: own.publicKey, privateKey: own.privateKey },
    });
    return withField(packet, 'certificate', certificate.der);
  },
};
