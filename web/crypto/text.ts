/** Text helpers for what users type and what the page echoes back. */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where `text` holds half of a surrogate pair (which UTF-8 cannot encode), or -1. */
export function loneSurrogateAt(text: string): number {
  return text.search(LONE_SURROGATE);
}

/** U+202E as "U+202E". */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first `max` UTF-16 units of `text`, one fewer if the cut would split a surrogate pair. */
export function firstCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** `text` cut to `limit` characters (never inside a surrogate pair), marked with "…". */
export function shorten(text: string, limit: number): string {
  const characters = Array.from(text);
  return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('')}…`;
}

/**
 * Control characters (C0, DEL, C1: a terminal obeys ANSI escapes), bidirectional formatting
 * characters (U+202E turns "evil" into "live" on screen) and invisible marks that reorder or
 * hide text. Joiners (U+200C, U+200D) stay: emoji and many scripts need them.
 */
function isInvisible(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200b ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** `text` with every control and bidi formatting character written out visibly, as <U+202E>. */
export function showInvisibles(text: string): string {
  let shown = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    shown += isInvisible(code) ? `<${codePointName(code)}>` : character;
  }
  return shown;
}
