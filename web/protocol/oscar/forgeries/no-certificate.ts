import { publicKeyPacket } from '../../packets.ts';
import type { CertificateForgeryStrategy } from './forgery.ts';

export const noCertificate: CertificateForgeryStrategy = {
  stoppedBy: 'the certificate check: a certificate is required',
  story: 'He drops the certificate and sends his own bare public key under Bob’s name.',
  present: async ({ packet, own }) => publicKeyPacket(packet, 'Bob’s public key', own.spki),
};
