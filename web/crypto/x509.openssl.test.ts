import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomBytes } from './bytes.ts';
import { toHex } from './encoding.ts';
import { generateRsaOaepKeyPair, type RsaOaepKeyPair, wrapAesKey } from './rsa.ts';
import {
  type CertificateAuthority,
  certificateToPem,
  createCertificateAuthority,
  issueCertificate,
  opensslFiles,
  replacePublicKey,
  selfSignedCertificate,
} from './x509.ts';
import { OPENSSL_COMMANDS, OPENSSL_FILES, type OpensslCommandId } from './x509-openssl-commands.ts';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

const MISSING =
  "The OpenSSL interoperability tests need the openssl command, and are never skipped. Run `node scripts/ensure-openssl.mjs` (it uses apt-get as root), or install it yourself: `apt-get install openssl`, `brew install openssl`, or your system's package.";

test('openssl is on PATH', () => {
  expect(hasOpenssl, MISSING).toBe(true);
});

const DAY_MS = 86_400_000;

describe('OpenSSL reads and checks what the page exports', () => {
  let dir: string;
  let ca: CertificateAuthority;
  let bob: RsaOaepKeyPair;
  let oscar: RsaOaepKeyPair;
  let bobCertificate: Uint8Array;
  const aesKey = randomBytes(32);
  // `openssl verify` checks dates against the real clock, so these are relative to it.
  const now = Date.now();
  const validity = { notBefore: new Date(now - DAY_MS), notAfter: new Date(now + 365 * DAY_MS) };

  beforeAll(async () => {
    if (!hasOpenssl) throw new Error(MISSING);
    dir = await mkdtemp(join(tmpdir(), 'handshake-lab-x509-'));
    [ca, bob, oscar] = await Promise.all([
      createCertificateAuthority({
        name: 'Handshake Lab Root CA',
        notBefore: validity.notBefore,
        notAfter: new Date(now + 3650 * DAY_MS),
      }),
      generateRsaOaepKeyPair(),
      generateRsaOaepKeyPair(),
    ]);
    bobCertificate = (
      await issueCertificate({
        issuer: ca,
        subjectName: 'bob',
        subjectPublicKeySpki: bob.spki,
        ...validity,
      })
    ).der;
    const files = await opensslFiles({
      caCertificate: ca.der,
      certificate: bobCertificate,
      keys: bob,
      wrappedKey: await wrapAesKey(bob.publicKey, aesKey),
    });
    for (const file of files) await writeFile(join(dir, file.name), file.contents);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  function run(id: OpensslCommandId): string {
    const command = OPENSSL_COMMANDS.find((c) => c.id === id);
    if (!command) throw new Error(`No command ${id}`);
    const [program = '', ...args] = command.argv;
    return execFileSync(program, args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  }

  /** `openssl verify` on a certificate file; rejects when the exit status is not 0. */
  async function verify(certificate: Uint8Array, name: string) {
    await writeFile(join(dir, name), certificateToPem(certificate));
    const result = spawnSync(
      'openssl',
      ['verify', '-x509_strict', '-CAfile', OPENSSL_FILES.caCertificate, name],
      { cwd: dir, encoding: 'utf8' },
    );
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  }

  test("x509 -text shows Bob's certificate issued by the CA", () => {
    const text = run('show-certificate');
    expect(text).toMatch(/Subject: CN ?= ?bob/);
    expect(text).toMatch(/Issuer: CN ?= ?Handshake Lab Root CA/);
    expect(text).toContain('rsaEncryption');
    expect(text).toContain('DNS:bob');
    const oneLine = text.replace(/\s+/g, ' ');
    expect(oneLine).toContain('Basic Constraints: critical CA:FALSE');
    expect(oneLine).toContain('Key Usage: critical Digital Signature, Key Encipherment');
    expect(text).toContain('ecdsa-with-SHA256');
  });

  test("verify -x509_strict accepts the CA, and Bob's certificate under it", async () => {
    expect(run('verify-chain').trim()).toBe(`${OPENSSL_FILES.certificate}: OK`);
    expect((await verify(ca.der, 'ca-self.pem')).ok).toBe(true);
  });

  test('the key in the certificate is bob-pub.pem', async () => {
    const publicKeyPem = await readFile(join(dir, OPENSSL_FILES.publicKey), 'utf8');
    expect(run('certified-key')).toBe(publicKeyPem);
  });

  test("pkeyutl unwraps Alice's AES key with bob-key.pem", async () => {
    expect(run('unwrap-key')).toBe('');
    const unwrapped = await readFile(join(dir, OPENSSL_FILES.unwrappedKey));
    expect(toHex(unwrapped)).toBe(toHex(aesKey));
    expect(run('show-aes-key').trim().split(/\s+/).join(' ')).toBe(toHex(aesKey, ' '));
  });

  test("verify rejects Bob's certificate with Oscar's key put in", async () => {
    const swapped = await replacePublicKey(bobCertificate, oscar.spki);
    const result = await verify(swapped.der, 'bob-swapped.pem');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('certificate signature failure');
  });

  test('verify rejects a self-signed "bob"', async () => {
    const forged = await selfSignedCertificate({ subjectName: 'bob', keys: oscar, ...validity });
    const result = await verify(forged.der, 'bob-self-signed.pem');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('self-signed certificate');
  });

  test('verify rejects an expired certificate', async () => {
    const { der } = await issueCertificate({
      issuer: ca,
      subjectName: 'bob',
      subjectPublicKeySpki: bob.spki,
      notBefore: new Date(now - 30 * DAY_MS),
      notAfter: new Date(now - DAY_MS),
    });
    const result = await verify(der, 'bob-expired.pem');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('certificate has expired');
  });

  test('verify accepts what a compromised CA issues to Oscar: the chain is all it checks', async () => {
    const { der } = await issueCertificate({
      issuer: ca,
      subjectName: 'bob',
      subjectPublicKeySpki: oscar.spki,
      ...validity,
    });
    expect((await verify(der, 'bob-by-compromised-ca.pem')).ok).toBe(true);
  });
});
