import type { Bytes } from './bytes.ts';
import { EncodingError } from './encoding.ts';
import { fromPem } from './pem.ts';
import { isDomError } from './verification-failure.ts';
import { type CertificateInfo, parseCertificate, wrongBlockMessage } from './x509-read.ts';

export type PastedKind = 'certificate' | 'public-key' | 'private-key';
export type PastedKeyAlgorithm = 'RSA-OAEP' | 'ECDSA-P256';

export type PastedPem =
  | { readonly kind: 'certificate'; readonly info: CertificateInfo }
  | { readonly kind: 'public-key'; readonly spki: Bytes; readonly algorithm: PastedKeyAlgorithm }
  | { readonly kind: 'private-key'; readonly pkcs8: Bytes; readonly algorithm: PastedKeyAlgorithm };

const KIND_OF_LABEL: Record<string, PastedKind> = {
  CERTIFICATE: 'certificate',
  'PUBLIC KEY': 'public-key',
  'PRIVATE KEY': 'private-key',
};

const KIND_NAME: Record<PastedKind, string> = {
  certificate: 'a certificate',
  'public-key': 'a public key',
  'private-key': 'a private key',
};

const IMPORTS: readonly {
  algorithm: PastedKeyAlgorithm;
  params: RsaHashedImportParams | EcKeyImportParams;
  usages: Record<'spki' | 'pkcs8', KeyUsage[]>;
}[] = [
  {
    algorithm: 'RSA-OAEP',
    params: { name: 'RSA-OAEP', hash: 'SHA-256' },
    usages: { spki: ['encrypt'], pkcs8: ['decrypt'] },
  },
  {
    algorithm: 'ECDSA-P256',
    params: { name: 'ECDSA', namedCurve: 'P-256' },
    usages: { spki: ['verify'], pkcs8: ['sign'] },
  },
];

/**
 * Reads the first PEM block of pasted text. Keys are accepted only when WebCrypto imports them
 * (as RSA-OAEP, then as ECDSA P-256). Throws an EncodingError that says exactly what was wrong.
 */
export async function parsePastedPem(
  text: string,
  expected: PastedKind | readonly PastedKind[] = ['certificate', 'public-key', 'private-key'],
): Promise<PastedPem> {
  const wanted: readonly PastedKind[] = typeof expected === 'string' ? [expected] : expected;
  const block = fromPem(text);
  const kind = KIND_OF_LABEL[block.label];
  if (kind === undefined || !wanted.includes(kind)) {
    throw new EncodingError(
      wrongBlockMessage(block.label, orList(wanted.map((k) => KIND_NAME[k]))),
    );
  }
  switch (kind) {
    case 'certificate':
      return { kind, info: await parseCertificate(block.der) };
    case 'public-key':
      return { kind, spki: block.der, algorithm: await importable('spki', block.der) };
    case 'private-key':
      return { kind, pkcs8: block.der, algorithm: await importable('pkcs8', block.der) };
  }
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

async function importable(format: 'spki' | 'pkcs8', der: Bytes): Promise<PastedKeyAlgorithm> {
  for (const { algorithm, params, usages } of IMPORTS) {
    try {
      await crypto.subtle.importKey(format, der, params, false, usages[format]);
      return algorithm;
    } catch (error) {
      // WebCrypto refuses a key of another algorithm or shape; try the next algorithm.
      if (!isDomError(error, 'DataError', 'NotSupportedError', 'InvalidAccessError')) throw error;
    }
  }
  const what = format === 'spki' ? 'public' : 'private';
  throw new EncodingError(
    `The ${what} key could not be read: it is not an RSA or P-256 key that WebCrypto accepts, or its bytes are damaged.`,
  );
}
