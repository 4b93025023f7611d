import { type Bytes, copyBytes } from './bytes.ts';
import { toPem } from './pem.ts';
import { exportPkcs8 } from './rsa.ts';
import { OPENSSL_FILES } from './x509-openssl-commands.ts';

export function certificateToPem(der: Uint8Array): string {
  return toPem('CERTIFICATE', der);
}

export function publicKeyToPem(spki: Uint8Array): string {
  return toPem('PUBLIC KEY', spki);
}

export function privateKeyToPem(pkcs8: Uint8Array): string {
  return toPem('PRIVATE KEY', pkcs8);
}

/** PKCS#8 PEM of an extractable private key. */
export async function exportPrivateKeyPem(privateKey: CryptoKey): Promise<string> {
  return privateKeyToPem(await exportPkcs8(privateKey));
}

export interface OpensslFile {
  readonly name: string;
  readonly contents: string | Bytes;
}

export interface OpensslFilesInput {
  readonly caCertificate: Uint8Array;
  readonly certificate: Uint8Array;
  /** Bob's RSA-OAEP pair; the private key must be extractable. */
  readonly keys: { readonly privateKey: CryptoKey; readonly spki: Uint8Array };
  /** The AES key wrapped for Bob (wrapAesKey). */
  readonly wrappedKey: Uint8Array;
}

/** The files OPENSSL_COMMANDS reads, named as the commands name them. */
export async function opensslFiles(input: OpensslFilesInput): Promise<readonly OpensslFile[]> {
  return [
    { name: OPENSSL_FILES.caCertificate, contents: certificateToPem(input.caCertificate) },
    { name: OPENSSL_FILES.certificate, contents: certificateToPem(input.certificate) },
    { name: OPENSSL_FILES.privateKey, contents: await exportPrivateKeyPem(input.keys.privateKey) },
    { name: OPENSSL_FILES.publicKey, contents: publicKeyToPem(input.keys.spki) },
    { name: OPENSSL_FILES.wrappedKey, contents: copyBytes(input.wrappedKey) },
  ];
}
