/** Text helpers for what users type and what the page echoes back. */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every half of a surrogate pair standing alone replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATES, '\uFFFD');
}

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

/**
 * `text` cut to `limit` characters (never inside a surrogate pair), marked with "…". Reads at
 * most `limit` characters of it, so a megabyte costs what a line does.
 */
export function shorten(text: string, limit: number): string {
  let kept = 0;
  let characters = 0;
  while (kept < text.length) {
    if (characters === limit - 1) {
      const rest = text.length - kept;
      // Exactly one character left (one or two UTF-16 units): it fits in place of the "…".
      const last = text.codePointAt(kept) ?? 0;
      return rest === (last > 0xffff ? 2 : 1) ? text : `${text.slice(0, kept)}…`;
    }
    kept += (text.codePointAt(kept) ?? 0) > 0xffff ? 2 : 1;
    characters++;
  }
  return text;
}

/** How much of what a user wrote the page, the CLI and the console repeat back. */
export const ECHO_LIMIT = 60;

/**
 * What a user wrote, repeated back in a message: in quotes, cut to ECHO_LIMIT characters, and
 * with control and bidi characters written out. Every echo goes through here, so a 10,000-
 * character link or flag is never repeated in full.
 */
export function echo(written: string): string {
  return `“${showInvisibles(shorten(written, ECHO_LIMIT))}”`;
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
