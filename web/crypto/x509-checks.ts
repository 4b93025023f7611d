import { showInvisibles } from '../text/text.ts';
import { isVerificationFailure } from './verification-failure.ts';
import {
  type CertificateInfo,
  type KeyUsageName,
  openCertificate,
  parseCertificate,
} from './x509-read.ts';

export type CertificateCheckId = 'chain' | 'name' | 'validity' | 'key-usage';

/** One step of the relying party's check, with the values it compared. */
export interface CertificateCheck {
  readonly id: CertificateCheckId;
  readonly label: string;
  readonly passed: boolean;
  readonly detail: string;
}

export interface CertificateVerdict {
  /** chain, name, validity, key-usage: all of them, even after one fails. */
  readonly checks: readonly CertificateCheck[];
  /** Every check passed. */
  readonly accepted: boolean;
  readonly certificate: CertificateInfo;
  /** The trusted root whose key verified the signature, if any. */
  readonly trustedIssuer: CertificateInfo | null;
}

export interface CheckCertificateOptions {
  readonly certificate: Uint8Array | string;
  /** Roots installed in advance, as browsers ship them (DER or PEM). */
  readonly trustedRoots: readonly (Uint8Array | string)[];
  readonly expectedName: string;
  readonly now: Date;
  readonly requiredKeyUsage: KeyUsageName;
  /** Who is checking, for the sentences; "Alice" by default. */
  readonly relyingParty?: string;
}

/**
 * What a relying party checks before trusting the key in a certificate. The signature is
 * verified for real with the trusted root's public key. Throws when a certificate cannot be
 * read at all (see parseCertificate).
 */
export async function checkCertificate(
  options: CheckCertificateOptions,
): Promise<CertificateVerdict> {
  const party = options.relyingParty ?? 'Alice';
  const certificate = await parseCertificate(options.certificate);
  const roots = await Promise.all(options.trustedRoots.map((root) => parseCertificate(root)));
  const chain = await checkChain(certificate, roots, party);
  const checks = [
    chain.check,
    checkName(certificate, options.expectedName, party),
    checkValidity(certificate, options.now),
    checkKeyUsage(certificate, options.requiredKeyUsage, party),
  ];
  return {
    checks,
    accepted: checks.every((check) => check.passed),
    certificate,
    trustedIssuer: chain.issuer,
  };
}

async function checkChain(
  certificate: CertificateInfo,
  roots: readonly CertificateInfo[],
  party: string,
): Promise<{ check: CertificateCheck; issuer: CertificateInfo | null }> {
  const label = `Signed by a CA ${party} trusts`;
  const cert = openCertificate(certificate.der);
  const namedIssuers = roots.filter((root) => openCertificate(root.der).subject === cert.issuer);
  if (namedIssuers.length === 0) {
    const selfIssued = cert.issuer === cert.subject ? ' (the certificate signed itself)' : '';
    return {
      check: fail(
        'chain',
        label,
        `issuer '${showInvisibles(certificate.issuer)}' is not a trusted root${selfIssued}`,
      ),
      issuer: null,
    };
  }
  for (const root of namedIssuers) {
    if (!(await signatureVerifies(certificate, root))) continue;
    if (!mayIssue(root)) {
      return {
        check: fail(
          'chain',
          label,
          `'${showInvisibles(root.subject)}' is trusted, but its certificate does not allow it to sign certificates`,
        ),
        issuer: null,
      };
    }
    return {
      check: pass(
        'chain',
        label,
        `signed by '${showInvisibles(root.subject)}', a root ${party} trusts; the ${certificate.signatureAlgorithm} signature verifies with its public key`,
      ),
      issuer: root,
    };
  }
  return {
    check: fail(
      'chain',
      label,
      `signature by '${showInvisibles(certificate.issuer)}' does not verify: the certificate was changed after it was signed, or another key signed it`,
    ),
    issuer: null,
  };
}

async function signatureVerifies(certificate: CertificateInfo, root: CertificateInfo) {
  try {
    return await openCertificate(certificate.der).verify({
      publicKey: openCertificate(root.der).publicKey,
      signatureOnly: true,
    });
  } catch (error) {
    // A root key of another algorithm (InvalidAccessError), or a signature that fails to
    // verify: both are "not signed by this root". Anything else is a bug, not a verdict.
    if (isVerificationFailure(error) || (error as { name?: unknown }).name === 'InvalidAccessError')
      return false;
    throw error;
  }
}

function mayIssue(root: CertificateInfo): boolean {
  return root.isCA && (!root.hasKeyUsage || root.keyUsage.includes('keyCertSign'));
}

/**
 * Like browsers today: the name must be among the certificate's subjectAltNames. The subject's
 * common name is not consulted (RFC 6125; Chrome dropped the fallback in 2017).
 */
function checkName(
  certificate: CertificateInfo,
  expected: string,
  party: string,
): CertificateCheck {
  const label = `Issued to the name ${party} wanted`;
  const names = certificate.subjectAltNames;
  if (names.includes(expected))
    return pass('name', label, `subjectAltName is '${expected}', as ${party} wanted`);
  if (names.length === 0) {
    return fail(
      'name',
      label,
      `no subjectAltName; the common name '${showInvisibles(certificate.subject)}' does not count, ${party} wanted '${expected}'`,
    );
  }
  const shown = names.map(showInvisibles).join("', '");
  return fail('name', label, `subjectAltName is '${shown}', ${party} wanted '${expected}'`);
}

function checkValidity(certificate: CertificateInfo, now: Date): CertificateCheck {
  const label = 'Within its validity period';
  const { notBefore, notAfter } = certificate;
  if (now.getTime() < notBefore.getTime()) {
    return fail(
      'validity',
      label,
      `not valid until ${formatUtc(notBefore)} (now is ${formatUtc(now)})`,
    );
  }
  if (now.getTime() > notAfter.getTime()) {
    return fail('validity', label, `expired on ${formatUtc(notAfter)} (now is ${formatUtc(now)})`);
  }
  return pass(
    'validity',
    label,
    `valid from ${formatUtc(notBefore)} to ${formatUtc(notAfter)}; now is ${formatUtc(now)}`,
  );
}

function checkKeyUsage(
  certificate: CertificateInfo,
  required: KeyUsageName,
  party: string,
): CertificateCheck {
  const label = `Key may be used for ${required}`;
  if (!certificate.hasKeyUsage) {
    return pass('key-usage', label, 'no key-usage extension, so RFC 5280 puts no limit on the key');
  }
  const usages = certificate.keyUsage.join(', ') || 'empty';
  if (certificate.keyUsage.includes(required)) {
    return pass('key-usage', label, `key usage is ${usages}, which includes ${required}`);
  }
  return fail('key-usage', label, `key usage is ${usages}; ${party} needs ${required}`);
}

/** "2026-01-01" at midnight UTC, otherwise "2026-01-01 14:05:09 UTC". */
export function formatUtc(date: Date): string {
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? day : `${day} ${time} UTC`;
}

function pass(id: CertificateCheckId, label: string, detail: string): CertificateCheck {
  return { id, label, passed: true, detail };
}

function fail(id: CertificateCheckId, label: string, detail: string): CertificateCheck {
  return { id, label, passed: false, detail };
}
