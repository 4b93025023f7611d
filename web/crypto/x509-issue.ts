import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { type Bytes, copyBytes } from './bytes.ts';
import { EncodingError, toHex } from './encoding.ts';
import {
  type CertificateInfo,
  certificateInfo,
  isParserRejection,
  KEY_USAGE_NAMES,
  type KeyUsageName,
  parseCertificate,
} from './x509-read.ts';
import { ensureX509 } from './x509-setup.ts';

export interface IssuedCertificate {
  readonly der: Bytes;
  readonly certificate: CertificateInfo;
}

export interface CertificateAuthority extends IssuedCertificate {
  readonly keys: CryptoKeyPair;
}

export const CA_KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const DEFAULT_LEAF_USAGE: readonly KeyUsageName[] = ['digitalSignature', 'keyEncipherment'];
/** RFC 5480 §3: an id-ecPublicKey certificate must not assert keyEncipherment or dataEncipherment. */
const EC_LEAF_USAGE: readonly KeyUsageName[] = ['digitalSignature'];
const EC_FORBIDDEN_USAGE: readonly KeyUsageName[] = ['keyEncipherment', 'dataEncipherment'];
const EC_PUBLIC_KEY_OID = '1.2.840.10045.2.1';
const DAY_MS = 86_400_000;

export interface CreateCertificateAuthorityOptions {
  readonly name: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** A key pair made earlier (off the path of a step); by default a fresh ECDSA P-256 pair. */
  readonly keys?: CryptoKeyPair;
  /** Hex digits; random when left out. */
  readonly serial?: string;
}

/**
 * A self-signed root: BasicConstraints cA (critical), KeyUsage keyCertSign + cRLSign
 * (critical) and a SubjectKeyIdentifier, signed with ECDSA P-256 / SHA-256.
 */
export async function createCertificateAuthority(
  options: CreateCertificateAuthorityOptions,
): Promise<CertificateAuthority> {
  const x509 = ensureX509();
  const keys =
    options.keys ??
    ((await crypto.subtle.generateKey(CA_KEY_ALGORITHM, false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  const name = distinguishedName(options.name);
  const cert = await x509.X509CertificateGenerator.create({
    ...serialParam(options.serial),
    subject: name,
    issuer: name,
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    publicKey: spki,
    ...(await signerFor(keys)),
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(usageFlags(['keyCertSign', 'cRLSign']), true),
      await x509.SubjectKeyIdentifierExtension.create(spki),
    ],
  });
  const der = new Uint8Array(cert.rawData);
  return { der, certificate: await certificateInfo(cert, der), keys };
}

export interface IssueCertificateOptions {
  readonly issuer: CertificateAuthority;
  readonly subjectName: string;
  /** The subject's public key as SPKI, e.g. an RSA-OAEP key (its SPKI says rsaEncryption). */
  readonly subjectPublicKeySpki: Uint8Array;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Left out: digitalSignature + keyEncipherment for RSA, digitalSignature for EC keys. */
  readonly keyUsage?: readonly KeyUsageName[];
  readonly serial?: string;
}

/**
 * An end-entity certificate signed by `issuer`: the name as CN (and as a DNS subjectAltName
 * when it is a valid host name), BasicConstraints cA = false and KeyUsage (both critical),
 * SubjectKeyIdentifier and an AuthorityKeyIdentifier equal to the CA's key identifier.
 */
export async function issueCertificate(
  options: IssueCertificateOptions,
): Promise<IssuedCertificate> {
  const x509 = ensureX509();
  const ca = new x509.X509Certificate(copyBytes(options.issuer.der));
  const caKeyId = ca.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId;
  const spki = readSpki(options.subjectPublicKeySpki);
  const cert = await x509.X509CertificateGenerator.create({
    ...serialParam(options.serial),
    subject: distinguishedName(options.subjectName),
    issuer: ca.subjectName,
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    publicKey: spki,
    ...(await signerFor(options.issuer.keys)),
    extensions: [
      ...(await leafExtensions(options.subjectName, spki, options.keyUsage)),
      caKeyId
        ? new x509.AuthorityKeyIdentifierExtension(caKeyId)
        : await x509.AuthorityKeyIdentifierExtension.create(ca.publicKey),
    ],
  });
  const der = new Uint8Array(cert.rawData);
  return { der, certificate: await certificateInfo(cert, der) };
}

export interface SelfSignedOptions {
  readonly subjectName: string;
  /**
   * The key pair the certificate is for, which also signs it. An RSA-OAEP pair (it must be
   * extractable) signs with the same RSA key as PKCS#1 v1.5, so the certificate carries
   * the encryption key; an ECDSA pair signs with ECDSA.
   */
  readonly keys: CryptoKeyPair;
  /** Defaults: from now, for a year. */
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly keyUsage?: readonly KeyUsageName[];
  readonly serial?: string;
}

/** A certificate that vouches for itself: issuer = subject, signed by its own key. */
export async function selfSignedCertificate(
  options: SelfSignedOptions,
): Promise<IssuedCertificate> {
  const x509 = ensureX509();
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', options.keys.publicKey));
  const name = distinguishedName(options.subjectName);
  const notBefore = options.notBefore ?? new Date();
  const cert = await x509.X509CertificateGenerator.create({
    ...serialParam(options.serial),
    subject: name,
    issuer: name,
    notBefore,
    notAfter: options.notAfter ?? new Date(notBefore.getTime() + 365 * DAY_MS),
    publicKey: spki,
    ...(await signerFor(options.keys)),
    extensions: [
      ...(await leafExtensions(options.subjectName, spki, options.keyUsage)),
      new x509.AuthorityKeyIdentifierExtension(await keyIdentifierHex(spki)),
    ],
  });
  const der = new Uint8Array(cert.rawData);
  return { der, certificate: await certificateInfo(cert, der) };
}

/**
 * The same certificate with another subjectPublicKeyInfo and the ORIGINAL signature: the
 * signed part is re-encoded, everything else is kept, so the issuer's signature no longer
 * matches what it covers.
 */
export async function replacePublicKey(
  certificate: Uint8Array,
  newSpki: Uint8Array,
): Promise<IssuedCertificate> {
  const x509 = ensureX509();
  const original = await parseCertificate(certificate);
  const asn = AsnConvert.parse(original.der, Certificate);
  asn.tbsCertificate.subjectPublicKeyInfo = AsnConvert.parse(
    readSpki(newSpki),
    SubjectPublicKeyInfo,
  );
  const der = new Uint8Array(AsnConvert.serialize(asn));
  return { der, certificate: await certificateInfo(new x509.X509Certificate(der), der) };
}

function readSpki(spki: Uint8Array): Bytes {
  try {
    AsnConvert.parse(copyBytes(spki), SubjectPublicKeyInfo);
  } catch (error) {
    if (!isParserRejection(error)) throw error;
    throw new EncodingError('The public key is not an SPKI structure ("PUBLIC KEY").');
  }
  return copyBytes(spki);
}

function distinguishedName(commonName: string): [{ CN: [string] }] {
  if (commonName.trim() === '') throw new Error('A certificate needs a non-empty name.');
  return [{ CN: [commonName] }];
}

function serialParam(serial: string | undefined): { serialNumber?: string } {
  if (serial === undefined) return {};
  if (!/^[0-9a-fA-F]+$/.test(serial) || /^0*$/.test(serial)) {
    throw new Error('A serial number is hex digits, and not zero.');
  }
  return { serialNumber: serial.length % 2 === 0 ? serial : `0${serial}` };
}

function usageFlags(usages: readonly KeyUsageName[]): number {
  return usages.reduce((flags, usage) => flags | (1 << KEY_USAGE_NAMES.indexOf(usage)), 0);
}

/** Host names only: a DNS subjectAltName with spaces or other characters would be invalid. */
function isHostName(name: string): boolean {
  return /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(
    name,
  );
}

/** The key usage a leaf asserts: the caller's, or a default that suits the key's algorithm. */
export function leafKeyUsage(
  spki: Uint8Array,
  requested?: readonly KeyUsageName[],
): readonly KeyUsageName[] {
  const isEc =
    AsnConvert.parse(copyBytes(spki), SubjectPublicKeyInfo).algorithm.algorithm ===
    EC_PUBLIC_KEY_OID;
  if (!isEc) return requested ?? DEFAULT_LEAF_USAGE;
  const forbidden = (requested ?? []).filter((usage) => EC_FORBIDDEN_USAGE.includes(usage));
  if (forbidden.length > 0) {
    throw new Error(`An EC key's certificate may not assert ${forbidden.join(', ')} (RFC 5480).`);
  }
  return requested ?? EC_LEAF_USAGE;
}

async function leafExtensions(
  subjectName: string,
  spki: Bytes,
  requestedUsage?: readonly KeyUsageName[],
) {
  const x509 = ensureX509();
  return [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(usageFlags(leafKeyUsage(spki, requestedUsage)), true),
    new x509.SubjectKeyIdentifierExtension(await keyIdentifierHex(spki)),
    ...(isHostName(subjectName)
      ? [new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: subjectName }])]
      : []),
  ];
}

/** RFC 5280's usual key identifier: SHA-1 of the subjectPublicKey bits. */
async function keyIdentifierHex(spki: Bytes): Promise<string> {
  const x509 = ensureX509();
  return toHex(new Uint8Array(await new x509.PublicKey(spki).getKeyIdentifier()));
}

/** The signing key and algorithm for a key pair; RSA-OAEP keys sign as PKCS#1 v1.5. */
async function signerFor(
  keys: CryptoKeyPair,
): Promise<{ signingKey: CryptoKey; signingAlgorithm: Algorithm | EcdsaParams }> {
  const { privateKey } = keys;
  switch (privateKey.algorithm.name) {
    case 'ECDSA':
      return { signingKey: privateKey, signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } };
    case 'RSASSA-PKCS1-v1_5':
      return { signingKey: privateKey, signingAlgorithm: privateKey.algorithm };
    case 'RSA-OAEP': {
      if (!privateKey.extractable) {
        throw new Error('To sign with an RSA-OAEP key pair, its private key must be extractable.');
      }
      const pkcs8 = await crypto.subtle.exportKey('pkcs8', privateKey);
      const signingKey = await crypto.subtle.importKey(
        'pkcs8',
        pkcs8,
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
        false,
        ['sign'],
      );
      return { signingKey, signingAlgorithm: signingKey.algorithm };
    }
    default:
      throw new Error(
        `A ${privateKey.algorithm.name} key cannot sign certificates here; use ECDSA P-256 or RSA.`,
      );
  }
}
