import type { Bytes } from '../crypto/bytes.ts';
import { toHex } from '../crypto/encoding.ts';
import { fingerprintOf } from '../crypto/fingerprint.ts';
import type { CertificateAuthority, IssuedCertificate } from '../crypto/x509.ts';
import type { KeyCache } from './keyring.ts';
import { nextTask } from './next-task.ts';
import type { KeyInfo } from './packet-types.ts';

const DAY_MS = 86_400_000;
export const CA_NAME = 'Handshake Lab Root CA';

let x509: Promise<typeof import('../crypto/x509.ts')> | null = null;

/**
 * @peculiar/x509 is only loaded by runs that use certificates. Its first load hands it over in
 * a task of its own: evaluating the library is long, and so is making the certificate next.
 */
export function loadX509(): Promise<typeof import('../crypto/x509.ts')> {
  x509 ??= import('../crypto/x509.ts').then(
    async (module) => {
      await nextTask();
      return module;
    },
    (error: unknown) => {
      x509 = null; // a failed load is tried again by the next run
      throw error;
    },
  );
  return x509;
}

export interface Authority {
  readonly ca: CertificateAuthority;
  /** The CA's public key, as a key the stage can draw. */
  readonly info: KeyInfo;
}

/** The root CA: made once per set of keys, valid from yesterday for ten years. */
export function authority(keys: KeyCache): Promise<Authority> {
  return keys.cached('pki/root', async () => {
    const { createCertificateAuthority } = await loadX509();
    const now = Date.now();
    const ca = await createCertificateAuthority({
      name: CA_NAME,
      notBefore: new Date(now - DAY_MS),
      notAfter: new Date(now + 3650 * DAY_MS),
    });
    const info: KeyInfo = {
      id: 'ca/root',
      kind: 'signing-public',
      owner: 'ca',
      algorithm: 'ECDSA P-256 root',
      bits: 256,
      fingerprint: await fingerprintOf(ca.certificate.publicKeySpki),
    };
    return { ca, info };
  });
}

/**
 * A certificate the CA signs for `subjectName` and this key. `daysValid` negative makes one
 * that has already expired (issued long ago).
 */
export function certify(
  keys: KeyCache,
  subjectName: string,
  spki: Bytes,
  options: { expired?: boolean } = {},
): Promise<IssuedCertificate> {
  return keys.cached(
    `pki/${subjectName}/${options.expired ? 'expired' : 'valid'}/${toHex(spki)}`,
    async () => {
      const { issueCertificate } = await loadX509();
      const { ca } = await authority(keys);
      const now = Date.now();
      return issueCertificate({
        issuer: ca,
        subjectName,
        subjectPublicKeySpki: spki,
        notBefore: new Date(now - (options.expired ? 400 : 1) * DAY_MS),
        notAfter: new Date(now + (options.expired ? -35 : 365) * DAY_MS),
      });
    },
  );
}
