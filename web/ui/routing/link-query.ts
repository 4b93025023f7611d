import { formatNumber } from '../../text/locale.ts';
import { wellFormed } from '../../text/text.ts';

/**
 * A link's query, read whole and written back losslessly. The same functions serve a hash link
 * (`#/sandbox?message=…`) and a path link (`/sandbox/?message=…`): give them the text after
 * the first `?`.
 */

/** "/sandbox?message=Are you there? Call me" → path "/sandbox", query "message=Are you there? Call me". */
export function splitAtQuery(link: string): { path: string; query: string } {
  const at = link.indexOf('?');
  return at === -1
    ? { path: link, query: '' }
    : { path: link.slice(0, at), query: link.slice(at + 1) };
}

/** Percent-escapes decoded; a malformed one ("%E0%A4%A") is kept as written rather than lost. */
export function decodeLinkPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** More pairs than any page has settings: a link past this is not read further. */
export const MAX_LINK_PAIRS = 100;

export interface ReadQuery {
  /** Name–value pairs in the order written. */
  readonly pairs: [name: string, value: string][];
  /** Characters after the MAX_LINK_PAIRS-th pair, not read (0 when the whole query was). */
  readonly unread: number;
}

/**
 * Reads a query whole. Only `&` separates pairs and only the first `=` in a pair separates its
 * name from its value: a `?`, `#` or further `=` in a value is part of it. `+` is a space (as
 * forms and URLSearchParams write one). A pair without `=` has an empty value. Reading stops
 * after MAX_LINK_PAIRS pairs, so a megabyte of `&a=b` costs what a hundred pairs do.
 */
export function readQuery(query: string): ReadQuery {
  const pairs: [string, string][] = [];
  let at = 0;
  for (;;) {
    while (query.charCodeAt(at) === 0x26) at++; // empty parts: "&&"
    if (at >= query.length) return { pairs, unread: 0 };
    if (pairs.length === MAX_LINK_PAIRS) return { pairs, unread: query.length - at };
    const next = query.indexOf('&', at);
    const end = next === -1 ? query.length : next;
    const part = query.slice(at, end);
    at = end;
    const equals = part.indexOf('=');
    const [name, value] =
      equals === -1 ? [part, ''] : [part.slice(0, equals), part.slice(equals + 1)];
    pairs.push([
      decodeLinkPart(name.replaceAll('+', ' ')),
      decodeLinkPart(value.replaceAll('+', ' ')),
    ]);
  }
}

/** The notice for a query read only in part, or null. */
export function unreadNotice({ unread }: ReadQuery): string | null {
  if (unread === 0) return null;
  return `The link has more than ${MAX_LINK_PAIRS} settings: its last ${formatNumber(unread)} characters were not read.`;
}

/** Every character outside A-Z a-z 0-9 - . _ ~ escaped; a lone surrogate becomes U+FFFD. */
function encodeLinkPart(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** The query for these pairs, every name and value encoded, so it reads back exactly. */
export function writeQuery(pairs: Iterable<readonly [string, string]>): string {
  return Array.from(
    pairs,
    ([name, value]) => `${encodeLinkPart(name)}=${encodeLinkPart(value)}`,
  ).join('&');
}
