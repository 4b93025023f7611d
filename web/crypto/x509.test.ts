import { beforeAll, describe, expect, test } from 'vitest';
import { bytesEqual } from './bytes.ts';
import { toBase64 } from './encoding.ts';
import { toPem } from './pem.ts';
import { generateRsaOaepKeyPair, type RsaOaepKeyPair } from './rsa.ts';
import { generateSigningKeyPair } from './signatures.ts';
import {
  type CertificateAuthority,
  type CertificateVerdict,
  certificateToPem,
  checkCertificate,
  commandLine,
  createCertificateAuthority,
  ensureX509,
  formatUtc,
  issueCertificate,
  type KeyUsageName,
  OPENSSL_COMMANDS,
  opensslScript,
  parseCertificate,
  parsePastedPem,
  privateKeyToPem,
  publicKeyToPem,
  replacePublicKey,
  selfSignedCertificate,
} from './x509.ts';
import { openCertificate } from './x509-read.ts';

const CA_NAME = 'Handshake Lab Root CA';
const NOW = new Date('2026-06-01T12:00:00Z');
const YEAR_START = new Date('2026-01-01T00:00:00Z');
const YEAR_END = new Date('2027-01-01T00:00:00Z');

let ca: CertificateAuthority;
let bob: RsaOaepKeyPair;
let oscar: RsaOaepKeyPair;

beforeAll(async () => {
  [ca, bob, oscar] = await Promise.all([
    createCertificateAuthority({
      name: CA_NAME,
      notBefore: YEAR_START,
      notAfter: new Date('2036-01-01T00:00:00Z'),
    }),
    generateRsaOaepKeyPair(),
    generateRsaOaepKeyPair(),
  ]);
});

function issue(
  subjectName: string,
  spki: Uint8Array,
  options: {
    notBefore?: Date;
    notAfter?: Date;
    keyUsage?: KeyUsageName[];
    by?: CertificateAuthority;
  } = {},
) {
  return issueCertificate({
    issuer: options.by ?? ca,
    subjectName,
    subjectPublicKeySpki: spki,
    notBefore: options.notBefore ?? YEAR_START,
    notAfter: options.notAfter ?? YEAR_END,
    ...(options.keyUsage ? { keyUsage: options.keyUsage } : {}),
  });
}

/** What Alice concludes about a certificate presented as Bob's. */
function aliceChecks(certificate: Uint8Array | string): Promise<CertificateVerdict> {
  return checkCertificate({
    certificate,
    trustedRoots: [ca.der],
    expectedName: 'bob',
    now: NOW,
    requiredKeyUsage: 'keyEncipherment',
  });
}

function failed(verdict: CertificateVerdict): string[] {
  return verdict.checks.filter((check) => !check.passed).map((check) => check.id);
}

function detail(verdict: CertificateVerdict, id: string): string {
  return verdict.checks.find((check) => check.id === id)?.detail ?? '';
}

describe('the certificate authority', () => {
  test('is a self-signed ECDSA P-256 root allowed to sign certificates', async () => {
    const info = ca.certificate;
    expect(info.subject).toBe(CA_NAME);
    expect(info.issuer).toBe(CA_NAME);
    expect(info.isCA).toBe(true);
    expect(info.keyUsage).toEqual(['keyCertSign', 'cRLSign']);
    expect(info.publicKeyAlgorithm).toBe('EC P-256');
    expect(info.signatureAlgorithm).toBe('ECDSA with SHA-256');
    expect(await openCertificate(ca.der).isSelfSigned()).toBe(true);
    const x509 = ensureX509();
    const cert = openCertificate(ca.der);
    expect(cert.getExtension(x509.BasicConstraintsExtension)?.critical).toBe(true);
    expect(cert.getExtension(x509.KeyUsagesExtension)?.critical).toBe(true);
    expect(cert.getExtension(x509.SubjectKeyIdentifierExtension)).not.toBeNull();
  });

  test('setting up the library twice changes nothing', () => {
    expect(ensureX509()).toBe(ensureX509());
  });
});

describe("Bob's certificate", () => {
  test('binds "bob" to his RSA-OAEP key, and Alice accepts it', async () => {
    const { der, certificate } = await issue('bob', bob.spki);
    expect(certificate.subject).toBe('bob');
    expect(certificate.subjectAltNames).toEqual(['bob']);
    expect(certificate.issuer).toBe(CA_NAME);
    expect(certificate.isCA).toBe(false);
    expect(certificate.keyUsage).toEqual(['digitalSignature', 'keyEncipherment']);
    expect(certificate.publicKeyAlgorithm).toBe('RSA 2048-bit');
    expect(bytesEqual(certificate.publicKeySpki, bob.spki)).toBe(true);

    const verdict = await aliceChecks(der);
    expect(verdict.checks.map((check) => check.id)).toEqual([
      'chain',
      'name',
      'validity',
      'key-usage',
    ]);
    expect(failed(verdict)).toEqual([]);
    expect(verdict.accepted).toBe(true);
    expect(verdict.trustedIssuer?.subject).toBe(CA_NAME);
    expect(detail(verdict, 'chain')).toContain(`signed by '${CA_NAME}'`);
    expect(detail(verdict, 'validity')).toBe(
      'valid from 2026-01-01 to 2027-01-01; now is 2026-06-01 12:00:00 UTC',
    );
  });

  test('carries an AuthorityKeyIdentifier equal to the CA key identifier', async () => {
    const x509 = ensureX509();
    const { der } = await issue('bob', bob.spki);
    const aki = openCertificate(der).getExtension(x509.AuthorityKeyIdentifierExtension);
    const ski = openCertificate(ca.der).getExtension(x509.SubjectKeyIdentifierExtension);
    expect(aki?.keyId).toBe(ski?.keyId);
  });

  test('as PEM reads back to the same certificate', async () => {
    const { der, certificate } = await issue('bob', bob.spki);
    const pem = certificateToPem(der);
    expect(pem.startsWith('-----BEGIN CERTIFICATE-----\n')).toBe(true);
    for (const line of pem.trim().split('\n')) expect(line.length).toBeLessThanOrEqual(64);
    expect(await parseCertificate(pem)).toEqual(certificate);
    expect((await aliceChecks(pem)).accepted).toBe(true);
  });
});

describe("Oscar's attempts", () => {
  test('a self-signed certificate claiming "bob": only the chain check fails', async () => {
    const { der, certificate } = await selfSignedCertificate({
      subjectName: 'bob',
      keys: oscar,
      notBefore: YEAR_START,
      notAfter: YEAR_END,
    });
    expect(bytesEqual(certificate.publicKeySpki, oscar.spki)).toBe(true);
    expect(await openCertificate(der).isSelfSigned()).toBe(true);
    const verdict = await aliceChecks(der);
    expect(failed(verdict)).toEqual(['chain']);
    expect(detail(verdict, 'chain')).toBe(
      "issuer 'bob' is not a trusted root (the certificate signed itself)",
    );
    expect(verdict.accepted).toBe(false);
  });

  test('his own valid certificate for "oscar": only the name check fails', async () => {
    const { der } = await issue('oscar', oscar.spki);
    const verdict = await aliceChecks(der);
    expect(failed(verdict)).toEqual(['name']);
    expect(detail(verdict, 'name')).toBe("subjectAltName is 'oscar', Alice wanted 'bob'");
  });

  test("Bob's certificate with Oscar's key put in: the signature no longer verifies", async () => {
    const genuine = await issue('bob', bob.spki);
    const swapped = await replacePublicKey(genuine.der, oscar.spki);
    expect(bytesEqual(swapped.certificate.publicKeySpki, oscar.spki)).toBe(true);
    const signature = (der: Uint8Array) => new Uint8Array(openCertificate(der).signature);
    expect(bytesEqual(signature(swapped.der), signature(genuine.der))).toBe(true);

    const verdict = await aliceChecks(swapped.der);
    expect(failed(verdict)).toEqual(['chain']);
    expect(detail(verdict, 'chain')).toMatch(
      /^signature by 'Handshake Lab Root CA' does not verify/,
    );
  });

  test('putting the same key back re-encodes to the same bytes, which still verify', async () => {
    const genuine = await issue('bob', bob.spki);
    const same = await replacePublicKey(genuine.der, bob.spki);
    expect(bytesEqual(same.der, genuine.der)).toBe(true);
    expect((await aliceChecks(same.der)).accepted).toBe(true);
  });

  test('an expired certificate: only the validity check fails', async () => {
    const { der } = await issue('bob', bob.spki, {
      notBefore: new Date('2025-01-01T00:00:00Z'),
      notAfter: YEAR_START,
    });
    const verdict = await aliceChecks(der);
    expect(failed(verdict)).toEqual(['validity']);
    expect(detail(verdict, 'validity')).toBe(
      'expired on 2026-01-01 (now is 2026-06-01 12:00:00 UTC)',
    );
  });

  test('a certificate not valid yet: only the validity check fails', async () => {
    const { der } = await issue('bob', bob.spki, { notBefore: YEAR_END });
    const verdict = await aliceChecks(der);
    expect(failed(verdict)).toEqual(['validity']);
    expect(detail(verdict, 'validity')).toMatch(/^not valid until 2027-01-01/);
  });

  test("his own CA with the trusted CA's name: the signature does not verify", async () => {
    const lookalike = await createCertificateAuthority({
      name: CA_NAME,
      notBefore: YEAR_START,
      notAfter: YEAR_END,
    });
    const { der } = await issue('bob', oscar.spki, { by: lookalike });
    const verdict = await aliceChecks(der);
    expect(failed(verdict)).toEqual(['chain']);
    expect(detail(verdict, 'chain')).toMatch(
      /^signature by 'Handshake Lab Root CA' does not verify/,
    );
  });

  test('a compromised CA issues him a "bob" certificate: every check passes', async () => {
    const { der, certificate } = await issue('bob', oscar.spki);
    expect(bytesEqual(certificate.publicKeySpki, oscar.spki)).toBe(true);
    const verdict = await aliceChecks(der);
    expect(failed(verdict)).toEqual([]);
    expect(verdict.accepted).toBe(true);
  });
});

describe('the name check', () => {
  test('a certificate whose common name is "bob" but with no subjectAltName fails it', async () => {
    const x509 = ensureX509();
    const cert = await x509.X509CertificateGenerator.create({
      subject: [{ CN: ['bob'] }],
      issuer: openCertificate(ca.der).subjectName,
      notBefore: YEAR_START,
      notAfter: YEAR_END,
      publicKey: bob.spki,
      signingKey: ca.keys.privateKey,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
      extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyEncipherment, true)],
    });
    const verdict = await aliceChecks(new Uint8Array(cert.rawData));
    expect(failed(verdict)).toEqual(['name']);
    expect(detail(verdict, 'name')).toBe(
      "no subjectAltName; the common name 'bob' does not count, Alice wanted 'bob'",
    );
  });
});

describe('key usage', () => {
  test('an ECDSA key gets digitalSignature only, never keyEncipherment (RFC 5480)', async () => {
    const ecdsa = await generateSigningKeyPair('ECDSA-P256');
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', ecdsa.publicKey));
    expect((await issue('bob', spki)).certificate.keyUsage).toEqual(['digitalSignature']);
    const selfSigned = await selfSignedCertificate({ subjectName: 'oscar', keys: ecdsa });
    expect(selfSigned.certificate.keyUsage).toEqual(['digitalSignature']);
    await expect(issue('bob', spki, { keyUsage: ['keyEncipherment'] })).rejects.toThrow('RFC 5480');
  });

  test('a certificate for signing only: only the key-usage check fails', async () => {
    const { der } = await issue('bob', bob.spki, { keyUsage: ['digitalSignature'] });
    const verdict = await aliceChecks(der);
    expect(failed(verdict)).toEqual(['key-usage']);
    expect(detail(verdict, 'key-usage')).toBe(
      'key usage is digitalSignature; Alice needs keyEncipherment',
    );
  });

  test('a root is not accepted as Bob: it is not issued to "bob" and may not wrap keys', async () => {
    const verdict = await aliceChecks(ca.der);
    expect(failed(verdict)).toEqual(['name', 'key-usage']);
  });
});

describe('selfSignedCertificate', () => {
  test('works with an ECDSA pair too', async () => {
    const keys = await generateSigningKeyPair('ECDSA-P256');
    const { certificate } = await selfSignedCertificate({ subjectName: 'oscar', keys });
    expect(certificate.signatureAlgorithm).toBe('ECDSA with SHA-256');
    expect(certificate.issuer).toBe('oscar');
  });

  test('says why a non-extractable RSA-OAEP key cannot sign', async () => {
    const pair = (await crypto.subtle.generateKey(
      {
        name: 'RSA-OAEP',
        hash: 'SHA-256',
        modulusLength: 1024,
        publicExponent: new Uint8Array([1, 0, 1]),
      },
      false,
      ['encrypt', 'decrypt'],
    )) as CryptoKeyPair;
    await expect(selfSignedCertificate({ subjectName: 'oscar', keys: pair })).rejects.toThrow(
      'its private key must be extractable',
    );
  });
});

describe('reading certificates that are not', () => {
  let der: Uint8Array;
  beforeAll(async () => {
    der = (await issue('bob', bob.spki)).der;
  });

  test.each([
    ['nothing', '', 'Nothing was pasted.'],
    ['words', 'hello, this is Bob', 'No PEM block found'],
    ['a bare base64 line', toBase64(new Uint8Array(40)), 'No PEM block found'],
    [
      'broken base64',
      '-----BEGIN CERTIFICATE-----\n*not base64*\n-----END CERTIFICATE-----',
      'not valid base64',
    ],
    [
      'mismatched labels',
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END PUBLIC KEY-----',
      'ends as “PUBLIC KEY”',
    ],
  ])('%s', async (_, text, message) => {
    await expect(parseCertificate(text)).rejects.toThrow(message);
  });

  test('a private key', async () => {
    const pem = privateKeyToPem(
      new Uint8Array(await crypto.subtle.exportKey('pkcs8', bob.privateKey)),
    );
    await expect(parseCertificate(pem)).rejects.toThrow(
      'This is a “PRIVATE KEY” block; a certificate was expected.',
    );
  });

  test('a public key labelled as a certificate', async () => {
    await expect(parseCertificate(toPem('CERTIFICATE', bob.spki))).rejects.toThrow(
      'The certificate could not be read: it is DER, but not shaped like an X.509 certificate',
    );
  });

  test('truncated DER', async () => {
    await expect(parseCertificate(der.slice(0, 200))).rejects.toThrow(
      `The certificate could not be read: it is cut short (its DER header announces ${der.length} bytes, only 200 are here).`,
    );
  });

  test('DER with bytes after it', async () => {
    const longer = new Uint8Array([...der, 0, 0, 0]);
    await expect(parseCertificate(longer)).rejects.toThrow('3 extra bytes follow');
  });

  test('bytes that are not DER', async () => {
    await expect(parseCertificate(new Uint8Array([1, 2, 3]))).rejects.toThrow(
      'it does not start with an ASN.1 SEQUENCE',
    );
    await expect(parseCertificate(new Uint8Array(0))).rejects.toThrow('The certificate is empty.');
  });

  test('the errors are EncodingErrors', async () => {
    await expect(parseCertificate('nope')).rejects.toMatchObject({ name: 'EncodingError' });
  });

  test('replacePublicKey wants an SPKI', async () => {
    await expect(replacePublicKey(der, new Uint8Array([0x30, 0x00]))).rejects.toThrow(
      'The public key is not an SPKI structure',
    );
  });
});

describe('parsePastedPem', () => {
  test('reads a certificate, a public key and a private key', async () => {
    const { der, certificate } = await issue('bob', bob.spki);
    const pasted = await parsePastedPem(`Bob sent this:\n\n${certificateToPem(der)}`);
    expect(pasted).toEqual({ kind: 'certificate', info: certificate });

    const publicKey = await parsePastedPem(publicKeyToPem(bob.spki), 'public-key');
    expect(publicKey.kind).toBe('public-key');
    if (publicKey.kind === 'public-key') {
      expect(publicKey.algorithm).toBe('RSA-OAEP');
      expect(bytesEqual(publicKey.spki, bob.spki)).toBe(true);
    }

    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', bob.privateKey));
    const privateKey = await parsePastedPem(privateKeyToPem(pkcs8));
    expect(privateKey).toMatchObject({ kind: 'private-key', algorithm: 'RSA-OAEP' });
  });

  test('accepts a P-256 public key', async () => {
    const keys = await generateSigningKeyPair('ECDSA-P256');
    expect(await parsePastedPem(publicKeyToPem(keys.spki))).toMatchObject({
      kind: 'public-key',
      algorithm: 'ECDSA-P256',
    });
  });

  test('says when the block is not the kind asked for', async () => {
    await expect(parsePastedPem(publicKeyToPem(bob.spki), 'certificate')).rejects.toThrow(
      'This is a “PUBLIC KEY” block; a certificate was expected.',
    );
    await expect(
      parsePastedPem(certificateToPem(ca.der), ['public-key', 'private-key']),
    ).rejects.toThrow('This is a “CERTIFICATE” block; a public key or a private key was expected.');
    const crl = '-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----';
    await expect(parsePastedPem(crl)).rejects.toThrow(
      'This is a “X509 CRL” block; a certificate, a public key or a private key was expected.',
    );
  });

  test('explains the older key formats', async () => {
    const pkcs1 = '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----';
    const error = await parsePastedPem(pkcs1).catch((e: unknown) => e);
    expect(String(error)).toContain('“RSA PRIVATE KEY” block');
    expect(String(error)).toContain('openssl pkcs8 -topk8');
  });

  test('rejects a public key WebCrypto cannot import', async () => {
    const garbage = toPem('PUBLIC KEY', new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x05]));
    await expect(parsePastedPem(garbage)).rejects.toThrow('The public key could not be read');
    const truncated = toPem('PUBLIC KEY', bob.spki.slice(0, 100));
    await expect(parsePastedPem(truncated)).rejects.toThrow('The public key could not be read');
    const ed25519 = await generateSigningKeyPair('Ed25519');
    await expect(parsePastedPem(publicKeyToPem(ed25519.spki))).rejects.toThrow(
      'not an RSA or P-256 key',
    );
  });

  test('rejects a damaged private key', async () => {
    await expect(parsePastedPem(toPem('PRIVATE KEY', new Uint8Array(64)))).rejects.toThrow(
      'The private key could not be read',
    );
  });
});

test('formatUtc shows the time only when it is not midnight', () => {
  expect(formatUtc(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01');
  expect(formatUtc(new Date('2026-01-01T14:05:09.500Z'))).toBe('2026-01-01 14:05:09 UTC');
});

test('the OpenSSL commands name the exported files', () => {
  const lines = Object.fromEntries(OPENSSL_COMMANDS.map((c) => [c.id, commandLine(c)]));
  expect(lines['verify-chain']).toBe('openssl verify -x509_strict -CAfile ca.pem bob.pem');
  expect(lines['unwrap-key']).toBe(
    'openssl pkeyutl -decrypt -inkey bob-key.pem -in wrapped.bin -out aes-key.bin' +
      ' -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256',
  );
  expect(opensslScript()).toContain("# Read Bob's certificate");
});
