import type { Bytes } from './bytes.ts';
import { EncodingError, fromBase64, toBase64 } from './encoding.ts';

export type PemLabel = 'PUBLIC KEY' | 'PRIVATE KEY' | 'CERTIFICATE';

export function toPem(label: PemLabel, der: Uint8Array): string {
  const body = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${body.join('\n')}\n-----END ${label}-----\n`;
}

export interface PemBlock {
  label: string;
  der: Bytes;
}

/** Reads the first PEM block in `text`; throws an EncodingError that says what was wrong. */
export function fromPem(text: string, expected?: readonly PemLabel[]): PemBlock {
  const trimmed = text.trim();
  if (trimmed === '') throw new EncodingError('Nothing was pasted.');
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END ([A-Z0-9 ]+)-----/.exec(trimmed);
  if (!match) {
    throw new EncodingError(
      'No PEM block found: expected a line "-----BEGIN …-----", base64 lines, then "-----END …-----".',
    );
  }
  const [, begin = '', body = '', end = ''] = match;
  if (begin !== end)
    throw new EncodingError(`The block begins as "${begin}" but ends as "${end}".`);
  if (expected && !expected.includes(begin as PemLabel)) {
    throw new EncodingError(`Expected ${expected.join(' or ')}, but this is a "${begin}" block.`);
  }
  let der: Bytes;
  try {
    der = fromBase64(body);
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    throw new EncodingError(`The "${begin}" block's body is not valid base64.`);
  }
  if (der.length === 0) throw new EncodingError(`The "${begin}" block is empty.`);
  return { label: begin, der };
}
