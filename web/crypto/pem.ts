import { echo } from '../text/text.ts';
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
  const block = findBlock(trimmed);
  if (!block) {
    throw new EncodingError(
      'No PEM block found: expected a line "-----BEGIN …-----", base64 lines, then "-----END …-----".',
    );
  }
  const { begin, body, end } = block;
  if (begin !== end)
    throw new EncodingError(`The block begins as ${echo(begin)} but ends as ${echo(end)}.`);
  if (expected && !expected.includes(begin as PemLabel)) {
    throw new EncodingError(
      `Expected ${expected.join(' or ')}, but this is a ${echo(begin)} block.`,
    );
  }
  let der: Bytes;
  try {
    der = fromBase64(body);
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    throw new EncodingError(`The ${echo(begin)} block’s body is not valid base64.`);
  }
  if (der.length === 0) throw new EncodingError(`The ${echo(begin)} block is empty.`);
  return { label: begin, der };
}

const DASHES = '-----';

/** A label's characters: A-Z, 0-9 and space. */
function isLabelCharacter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x20;
}

/**
 * The first marker `-----<word> <LABEL>-----` at or after `from`: its label, where it starts
 * and where it ends, or null.
 * Each candidate is read once and the search moves past it, so the whole scan is linear.
 */
function findMarker(
  text: string,
  word: 'BEGIN' | 'END',
  from: number,
): { label: string; at: number; after: number } | null {
  const opening = `${DASHES}${word} `;
  for (let at = text.indexOf(opening, from); at !== -1; at = text.indexOf(opening, at + 1)) {
    const start = at + opening.length;
    let stop = start;
    while (stop < text.length && isLabelCharacter(text.charCodeAt(stop))) stop++;
    if (stop > start && text.startsWith(DASHES, stop))
      return { label: text.slice(start, stop), at, after: stop + DASHES.length };
  }
  return null;
}

/**
 * The first BEGIN marker and the first END marker after it, with the text between. A scanner,
 * not a regular expression: a pasted text with many BEGIN lines and no END (1 MB of them) is
 * read in one pass instead of once per BEGIN line.
 */
function findBlock(text: string): { begin: string; body: string; end: string } | null {
  const begin = findMarker(text, 'BEGIN', 0);
  if (!begin) return null;
  // No END after the first BEGIN means none after any later BEGIN either: one search answers.
  const end = findMarker(text, 'END', begin.after);
  if (!end) return null;
  return { begin: begin.label, body: text.slice(begin.after, end.at), end: end.label };
}
