import { beforeAll, describe, expect, test } from 'vitest';
import { bytesEqual } from './bytes.ts';
import { toBase64 } from './encoding.ts';
import { toPem } from './pem.ts';
import { generateRsaOaepKeyPair, type RsaOaepKeyPair } from './rsa.ts';
import { generateSigningKeyPair } from './signatures.ts';
import { createTestAuthority, issueFrom } from './testing/certificates.ts';
import {
  type CertificateAuthority,
  certificateToPem,
  commandLine,
  formatUtc,
  OPENSSL_COMMANDS,
  opensslScript,
  parseCertificate,
  parsePastedPem,
  privateKeyToPem,
  publicKeyToPem,
  replacePublicKey,
} from './x509.ts';

let ca: CertificateAuthority;
let bob: RsaOaepKeyPair;

beforeAll(async () => {
  [ca, bob] = await Promise.all([createTestAuthority(), generateRsaOaepKeyPair()]);
});

const issue = (
  ...args: Parameters<typeof issueFrom> extends [unknown, ...infer Rest] ? Rest : never
) => issueFrom(ca, ...args);

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
