import type { X509Certificate } from '@peculiar/x509';
import { echo } from '../text/text.ts';
import { type Bytes, copyBytes } from './bytes.ts';
import { EncodingError, toHex } from './encoding.ts';
import { sha256 } from './fingerprint.ts';
import { fromPem } from './pem.ts';
import { ensureX509 } from './x509-setup.ts';

/** The KeyUsage bits in the order RFC 5280 numbers them (bit 0 is digitalSignature). */
export const KEY_USAGE_NAMES = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;
export type KeyUsageName = (typeof KEY_USAGE_NAMES)[number];

/** What a reader of the certificate sees, with the bytes it came from. */
export interface CertificateInfo {
  /** The subject's common name (CN); the whole distinguished name when there is no CN. */
  readonly subject: string;
  readonly issuer: string;
  /** DNS names from the subjectAltName extension; empty when it has none. */
  readonly subjectAltNames: readonly string[];
  readonly serialHex: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly publicKeySpki: Bytes;
  /** "RSA 2048-bit", "EC P-256", … */
  readonly publicKeyAlgorithm: string;
  /** "ECDSA with SHA-256", "RSA PKCS#1 v1.5 with SHA-256", … */
  readonly signatureAlgorithm: string;
  /** BasicConstraints says cA = true. */
  readonly isCA: boolean;
  /** The KeyUsage bits that are set; empty when the extension is absent. */
  readonly keyUsage: readonly KeyUsageName[];
  readonly hasKeyUsage: boolean;
  readonly fingerprintSha256Hex: string;
  readonly der: Bytes;
}

/**
 * Reads a certificate from DER bytes or PEM text. Throws an EncodingError that says what was
 * wrong: nothing there, not PEM, another kind of PEM block, or bytes that are not a certificate.
 */
export async function parseCertificate(input: Uint8Array | string): Promise<CertificateInfo> {
  const x509 = ensureX509();
  const der = typeof input === 'string' ? certificateDerFromPem(input) : checkedDer(input);
  let cert: X509Certificate;
  try {
    cert = new x509.X509Certificate(der);
  } catch (error) {
    if (!isParserRejection(error)) throw error;
    throw new EncodingError(
      'The certificate could not be read: it is DER, but not shaped like an X.509 certificate (it may be a key or another structure).',
    );
  }
  try {
    return await certificateInfo(cert, der);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EncodingError(`The certificate could not be read: ${reason}`);
  }
}

/** Opens the certificate for signature checks; the input is assumed to parse (see parseCertificate). */
export function openCertificate(der: Uint8Array): X509Certificate {
  return new (ensureX509().X509Certificate)(copyBytes(der));
}

/** The message for a PEM block that holds something other than what was asked for. */
export function wrongBlockMessage(label: string, wanted: string): string {
  const hint = PEM_LABEL_HINTS[label];
  return `This is a ${echo(label)} block; ${wanted} was expected.${hint ? ` ${hint}` : ''}`;
}

const PEM_LABEL_HINTS: Record<string, string> = {
  'RSA PRIVATE KEY':
    'It is the older PKCS#1 form; WebCrypto reads PKCS#8 ("PRIVATE KEY"): convert it with openssl pkcs8 -topk8 -nocrypt -in key.pem.',
  'EC PRIVATE KEY':
    'It is the older SEC 1 form; WebCrypto reads PKCS#8 ("PRIVATE KEY"): convert it with openssl pkcs8 -topk8 -nocrypt -in key.pem.',
  'ENCRYPTED PRIVATE KEY':
    'The key is protected by a password; export it without one (openssl pkcs8 -topk8 -nocrypt -in key.pem).',
  'RSA PUBLIC KEY':
    'It is the older PKCS#1 form; convert it to "PUBLIC KEY" with openssl rsa -RSAPublicKey_in -pubout -in key.pem.',
  'CERTIFICATE REQUEST':
    'A certificate request (CSR) asks a CA for a certificate; it is not one until the CA signs it.',
};

function certificateDerFromPem(text: string): Bytes {
  const block = fromPem(text);
  if (block.label !== 'CERTIFICATE') {
    throw new EncodingError(wrongBlockMessage(block.label, 'a certificate'));
  }
  return checkedDer(block.der);
}

/** Checks the outer DER SEQUENCE so that truncation and trailing bytes get their own message. */
function checkedDer(bytes: Uint8Array): Bytes {
  const prefix = 'The certificate could not be read:';
  if (bytes.length === 0) throw new EncodingError('The certificate is empty.');
  if (bytes[0] !== 0x30) {
    throw new EncodingError(
      `${prefix} it does not start with an ASN.1 SEQUENCE (byte 30), so it is not a DER certificate.`,
    );
  }
  const declared = derElementLength(bytes);
  if (declared === null) throw new EncodingError(`${prefix} its DER length field is broken.`);
  if (declared > bytes.length) {
    throw new EncodingError(
      `${prefix} it is cut short (its DER header announces ${declared} bytes, only ${bytes.length} are here).`,
    );
  }
  if (declared < bytes.length) {
    throw new EncodingError(
      `${prefix} ${bytes.length - declared} extra bytes follow the certificate's ${declared} bytes.`,
    );
  }
  return copyBytes(bytes);
}

/** Header plus content length of the DER element at the start, or null when the header is broken. */
function derElementLength(bytes: Uint8Array): number | null {
  const first = bytes[1];
  if (first === undefined) return null;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  if (count === 0 || count > 4 || bytes.length < 2 + count) return null;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (bytes[2 + i] ?? 0);
  return 2 + count + length;
}

/** The readable fields of a parsed certificate. */
export async function certificateInfo(cert: X509Certificate, der: Bytes): Promise<CertificateInfo> {
  const x509 = ensureX509();
  const keyUsage = cert.getExtension(x509.KeyUsagesExtension);
  const altNames = cert.getExtension(x509.SubjectAlternativeNameExtension);
  return {
    subject: commonName(cert.subjectName.getField('CN'), cert.subject),
    issuer: commonName(cert.issuerName.getField('CN'), cert.issuer),
    subjectAltNames: (altNames?.names.items ?? [])
      .filter((name) => name.type === 'dns')
      .map((name) => name.value),
    serialHex: cert.serialNumber,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    publicKeySpki: new Uint8Array(cert.publicKey.rawData),
    publicKeyAlgorithm: keyAlgorithmLabel(cert.publicKey.algorithm),
    signatureAlgorithm: signatureAlgorithmLabel(cert.signatureAlgorithm),
    isCA: cert.getExtension(x509.BasicConstraintsExtension)?.ca ?? false,
    keyUsage: keyUsage
      ? KEY_USAGE_NAMES.filter((_, bit) => (keyUsage.usages & (1 << bit)) !== 0)
      : [],
    hasKeyUsage: keyUsage !== null,
    fingerprintSha256Hex: toHex(await sha256(der)),
    der,
  };
}

function commonName(values: readonly string[], fullName: string): string {
  return values[0] ?? fullName;
}

function keyAlgorithmLabel(algorithm: Algorithm): string {
  if ('modulusLength' in algorithm) return `RSA ${String(algorithm.modulusLength)}-bit`;
  if ('namedCurve' in algorithm) return `EC ${String(algorithm.namedCurve)}`;
  return algorithm.name;
}

function signatureAlgorithmLabel(algorithm: Algorithm & { hash?: Algorithm }): string {
  const hash = algorithm.hash?.name;
  const scheme = algorithm.name === 'RSASSA-PKCS1-v1_5' ? 'RSA PKCS#1 v1.5' : algorithm.name;
  return hash ? `${scheme} with ${hash}` : scheme;
}

/**
 * The ASN.1 parser rejects a structure it cannot read with an Error (AsnSchemaValidationError,
 * "End of input reached…") or a TypeError/RangeError on the bytes. A ReferenceError or
 * SyntaxError is a bug in this code, never a verdict about the certificate.
 */
export function isParserRejection(error: unknown): boolean {
  return (
    error instanceof Error && !(error instanceof ReferenceError || error instanceof SyntaxError)
  );
}
