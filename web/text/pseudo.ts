import { type Part, parseMessage } from './icu.ts';

/**
 * The pseudo-locale `en-XA`: every letter accented, each message about 35% longer and wrapped in
 * brackets. Text that was not translated stands out (it has no accents), and so does a layout that
 * clips or overflows in a longer language.
 */

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];

function accent(text: string): string {
  let out = '';
  for (const ch of text) {
    const at = PLAIN.indexOf(ch);
    out += at < 0 ? ch : ACCENTED[at];
  }
  return out;
}

function letterCount(parts: readonly Part[]): number {
  let letters = 0;
  for (const part of parts) {
    if (part.kind === 'text') letters += part.text.replace(/[^A-Za-z]/g, '').length;
    if (part.kind === 'plural' || part.kind === 'select') {
      letters += letterCount(part.branches.get('other') ?? []);
    }
  }
  return letters;
}

/** Writes parts back as a pattern, accenting only the words, never the syntax. */
function serialize(parts: readonly Part[]): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += accent(part.text);
        break;
      case 'hash':
        out += '#';
        break;
      case 'arg':
        out += `{${part.name}}`;
        break;
      case 'number':
        out += `{${part.name}, number}`;
        break;
      case 'custom':
        out += `{${part.name}, ${part.type}}`;
        break;
      case 'plural':
      case 'select': {
        const branches = [...part.branches].map(([key, branch]) => `${key} {${serialize(branch)}}`);
        out += `{${part.name}, ${part.kind}, ${branches.join(' ')}}`;
        break;
      }
    }
  }
  return out;
}

/**
 * The pseudo-locale's form of an English pattern: `{count, plural, one {# copy} …}` keeps its
 * syntax while each branch's words are accented; the message is padded by 35% of its letters
 * and bracketed, "[Ɓöƀ ŕéƒûšéš ţĥé çöþý ·······]".
 */
export function pseudoLocalize(pattern: string): string {
  // An empty pattern (a sentence that is sometimes absent) stays empty in every locale.
  if (pattern === '') return '';
  const parts = parseMessage(pattern);
  const pad = Math.ceil(letterCount(parts) * 0.35);
  return `[${serialize(parts)}${pad > 0 ? ` ${'·'.repeat(pad)}` : ''}]`;
}
