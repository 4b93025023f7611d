import { wellFormed } from '../crypto/text.ts';

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

/**
 * Name–value pairs in the order written. Only `&` separates pairs and only the first `=` in a
 * pair separates its name from its value: a `?`, `#` or further `=` in a value is part of it.
 * `+` is a space (as forms and URLSearchParams write one). A pair without `=` has an empty value.
 */
export function readQuery(query: string): [name: string, value: string][] {
  const pairs: [string, string][] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const [name, value] =
      equals === -1 ? [part, ''] : [part.slice(0, equals), part.slice(equals + 1)];
    pairs.push([
      decodeLinkPart(name.replaceAll('+', ' ')),
      decodeLinkPart(value.replaceAll('+', ' ')),
    ]);
  }
  return pairs;
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
