import type { Bytes } from '../crypto/bytes.ts';
import type { OscarContext } from './oscar/strategy.ts';
import { publicKeyPacket, withField } from './packets.ts';
import { certify, loadX509 } from './pki.ts';
import type { CertificateForgery, Packet } from './types.ts';

/** Oscar's key that he wants Alice to take for Bob's. */
export interface OscarKey {
  readonly spki: Bytes;
  readonly publicKey: CryptoKey;
  readonly privateKey: CryptoKey;
}

const STORIES: Record<CertificateForgery, string> = {
  'no-certificate': 'He drops the certificate and sends his own bare public key under Bob’s name.',
  'self-signed': 'He makes a certificate for “bob” with his own key and signs it himself.',
  'own-certificate': 'He presents his own, genuine certificate from the same CA: it says “oscar”.',
  'replace-key':
    'He keeps Bob’s certificate and puts his own public key in it; the CA’s signature stays as it was.',
  expired: 'He presents an old certificate for “bob” whose key he holds; it has expired.',
  'compromised-ca': 'He has broken into the CA: it signs a certificate for “bob” with his key.',
};

/**
 * What Oscar sends in place of Bob's certificate, by the plan's forgery (or the certificate
 * the user pasted). Each is a real certificate: Alice's checks decide what happens to it.
 */
export async function forgeCertificate(
  run: OscarContext,
  packet: Packet,
  genuine: Bytes,
  own: OscarKey,
): Promise<{ packet: Packet; story: string }> {
  const plan = run.plan;
  if (plan.presence === 'mitm' && plan.pastedCertificate) {
    return {
      packet: withField(packet, 'certificate', plan.pastedCertificate),
      story: 'He presents the certificate you pasted, in place of Bob’s.',
    };
  }
  const forgery: CertificateForgery =
    plan.presence === 'mitm' ? (plan.forgery ?? 'no-certificate') : 'no-certificate';
  if (forgery === 'no-certificate') {
    return {
      packet: publicKeyPacket(packet, 'Bob’s public key', own.spki),
      story: STORIES[forgery],
    };
  }
  const x509 = await loadX509();
  const make = {
    'self-signed': () =>
      x509.selfSignedCertificate({
        subjectName: 'bob',
        keys: { publicKey: own.publicKey, privateKey: own.privateKey },
      }),
    'own-certificate': () => certify(run.keys, 'oscar', own.spki),
    'replace-key': () => x509.replacePublicKey(genuine, own.spki),
    expired: () => certify(run.keys, 'bob', own.spki, { expired: true }),
    'compromised-ca': () => certify(run.keys, 'bob', own.spki),
  }[forgery];
  const certificate = await make();
  return { packet: withField(packet, 'certificate', certificate.der), story: STORIES[forgery] };
}
