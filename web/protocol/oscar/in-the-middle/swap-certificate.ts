import { bytesEqual } from '../../../crypto/bytes.ts';
import { say } from '../../../text/messages/engine.ts';
import type { CertificateForgery } from '../../config-types.ts';
import type { Packet } from '../../packet-types.ts';
import { fieldBytes } from '../../packets.ts';
import { loadX509 } from '../../pki.ts';
import type { StolenKey } from '../../theft.ts';
import type { OscarContext } from '../context.ts';
import { forged, forward, type Handled, replaced, spkiOf } from './handled.ts';
import type { OwnKeys } from './own-keys.ts';
import { type CertificateChoice, forgeCertificate } from './present-certificate.ts';

/**
 * Oscar's move on Bob's certificate: a real one he can use (it vouches for a key he stole) goes
 * through; otherwise he presents a certificate of his choosing, or none, in its place. Returns
 * what he does and the key the genuine certificate vouches for.
 */
export async function swapCertificate(
  run: OscarContext,
  packet: Packet,
  his: {
    readonly own: OwnKeys;
    readonly stolen: readonly StolenKey[];
    readonly choice: CertificateChoice;
    readonly forgery?: CertificateForgery;
  },
): Promise<{ handled: Handled; vouchesFor: Uint8Array }> {
  const x509 = await loadX509();
  const genuine = fieldBytes(packet, 'certificate');
  const vouchesFor = (await x509.parseCertificate(genuine)).publicKeySpki;
  const held = his.stolen.find((k) => k.kind !== 'aes' && bytesEqual(spkiOf(k), vouchesFor));
  if (held)
    return {
      vouchesFor,
      handled: forward(
        true,
        say('attempt.real-certificate-held', {
          owner: packet.from,
          fingerprint: held.identity.info.fingerprint.short,
        }),
      ),
    };
  // Under ECDH the certificate vouches for a signing key; under RSA transport, the RSA key.
  const own =
    run.config.keyExchange === 'ecdh'
      ? (await his.own.signing('ECDSA-P256')).pair
      : (await his.own.rsa()).pair;
  const presented = await forgeCertificate(run, packet, genuine, own, his.choice, his.forgery);
  return { vouchesFor, handled: replaced(forged(packet, presented.packet), presented.story) };
}
