import { beforeAll, describe, expect, test } from 'vitest';
import { bytesEqual } from './bytes.ts';
import { generateRsaOaepKeyPair, type RsaOaepKeyPair } from './rsa.ts';
import { generateSigningKeyPair } from './signatures.ts';
import {
  CA_NAME,
  createTestAuthority,
  issueFrom,
  NOW,
  YEAR_END,
  YEAR_START,
} from './testing/certificates.ts';
import {
  type CertificateAuthority,
  type CertificateVerdict,
  certificateToPem,
  checkCertificate,
  createCertificateAuthority,
  ensureX509,
  parseCertificate,
  replacePublicKey,
  selfSignedCertificate,
} from './x509.ts';
import { openCertificate } from './x509-read.ts';

let ca: CertificateAuthority;
let bob: RsaOaepKeyPair;
let oscar: RsaOaepKeyPair;

beforeAll(async () => {
  [ca, bob, oscar] = await Promise.all([
    createTestAuthority(),
    generateRsaOaepKeyPair(),
    generateRsaOaepKeyPair(),
  ]);
});

const issue = (
  ...args: Parameters<typeof issueFrom> extends [unknown, ...infer Rest] ? Rest : never
) => issueFrom(ca, ...args);

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
