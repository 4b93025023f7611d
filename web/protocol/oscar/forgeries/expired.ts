import { say } from '../../../text/messages/engine.ts';
import { withField } from '../../packets.ts';
import { certify } from '../../pki.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const expired: CertificateForgeryStrategy = {
  stoppedBy: say('forgery.expired.stopped-by'),
  story: say('forgery.expired.story'),
  says: say('forgery.expired.says', { actor: 'oscar' }),
  present: async ({ context, packet, own }) =>
    withField(
      packet,
      'certificate',
      (await certify(context.keys, 'bob', own.spki, { expired: true })).der,
    ),
};
