import type { Bytes } from '../crypto/bytes.ts';
import { type EngineText, say } from '../text/messages/engine.ts';
import type { OscarKey } from './oscar/forgeries/forgery.ts';
import { CERTIFICATE_FORGERY_STRATEGIES } from './oscar/forgeries/registry.ts';
import type { OscarContext } from './oscar/strategy.ts';
import { withField } from './packets.ts';
import type { CertificateForgery, Packet } from './types.ts';

export type { OscarKey };

/**
 * What Oscar sends in place of Bob's certificate, by the plan's forgery (or the certificate
 * the user pasted). Each is a real certificate: Alice's checks decide what happens to it.
 */
export async function forgeCertificate(
  run: OscarContext,
  packet: Packet,
  genuine: Bytes,
  own: OscarKey,
  chosen?: CertificateForgery,
): Promise<{ packet: Packet; story: EngineText }> {
  const plan = run.plan;
  if (!chosen && plan.presence === 'mitm' && plan.pastedCertificate) {
    return {
      packet: withField(packet, 'certificate', plan.pastedCertificate),
      story: say('forgery.pasted.story'),
    };
  }
  const forgery: CertificateForgery =
    chosen ?? (plan.presence === 'mitm' ? (plan.forgery ?? 'no-certificate') : 'no-certificate');
  const strategy = CERTIFICATE_FORGERY_STRATEGIES[forgery];
  return {
    packet: await strategy.present({ context: run, packet, genuine, own }),
    story: strategy.story,
  };
}
