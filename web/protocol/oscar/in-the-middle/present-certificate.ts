import type { Bytes } from '../../../crypto/bytes.ts';
import { type EngineText, say } from '../../../text/messages/engine.ts';
import type { CertificateForgery } from '../../config-types.ts';
import type { Packet } from '../../packet-types.ts';
import { withField } from '../../packets.ts';
import type { OscarContext } from '../context.ts';
import type { OscarKey } from '../forgeries/forgery.ts';
import { CERTIFICATE_FORGERY_STRATEGIES } from '../forgeries/registry.ts';

export type { OscarKey };

/** Which certificate he presents in place of Bob's, when he swaps keys. */
export interface CertificateChoice {
  /** A forgery by name; absent, he presents none. */
  readonly forgery?: CertificateForgery;
  /** A certificate pasted by the user, presented in place of Bob's (overrides `forgery`). */
  readonly pastedCertificate?: Bytes;
}

/**
 * What Oscar sends in place of Bob's certificate: the move's own forgery (`chosen`), else what
 * his plan chose. Each is a real certificate: Alice's checks decide what happens to it.
 */
export async function forgeCertificate(
  run: OscarContext,
  packet: Packet,
  genuine: Bytes,
  own: OscarKey,
  choice: CertificateChoice,
  chosen?: CertificateForgery,
): Promise<{ packet: Packet; story: EngineText }> {
  if (!chosen && choice.pastedCertificate) {
    return {
      packet: withField(packet, 'certificate', choice.pastedCertificate),
      story: say('forgery.pasted.story'),
    };
  }
  const forgery: CertificateForgery = chosen ?? choice.forgery ?? 'no-certificate';
  const strategy = CERTIFICATE_FORGERY_STRATEGIES[forgery];
  return {
    packet: await strategy.present({ context: run, packet, genuine, own }),
    story: strategy.story,
  };
}
