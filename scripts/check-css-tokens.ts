// npm run lint: every custom property a stylesheet reads without a fallback, `var(--name)`, is
// set somewhere: in a stylesheet (`--name: …`) or by a component (`'--name'` in a style object
// or a setProperty call). A token read but never set makes the rule silently fall back to the
// property's initial value, as `border-radius: var(--radius)` once did for every panel.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = 'web';

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const NAME_CHAR = /[\w-]/;

interface Token {
  readonly name: string;
  /** The text just before and just after the name, spaces left out. */
  readonly before: string;
  readonly after: string;
}

/** Every `--name` in a text, with what stands beside it. A scan, not a pattern: no backtracking. */
function* tokens(text: string): Generator<Token> {
  let from = text.indexOf('--');
  while (from !== -1) {
    let end = from + 2;
    while (end < text.length && NAME_CHAR.test(text.charAt(end))) end++;
    const before = text.slice(Math.max(0, from - 8), from).replace(/\s/g, '');
    let next = end;
    while (next < text.length && /\s/.test(text.charAt(next))) next++;
    if (end > from + 2 && !NAME_CHAR.test(text.charAt(from - 1)))
      yield { name: text.slice(from, end), before, after: text.charAt(next) };
    from = text.indexOf('--', end);
  }
}

const isRead = (t: Token) => t.before.endsWith('var(') && t.after === ')';
const isSetInCss = (t: Token) => t.after === ':';
const isSetInCode = (t: Token) => /['"`]$/.test(t.before);

export function unsetTokens(sources: readonly { path: string; text: string }[]): string[] {
  const set = new Set<string>();
  const read = new Map<string, string>();
  for (const { path, text } of sources) {
    const css = path.endsWith('.css');
    for (const token of tokens(text)) {
      if (css ? isSetInCss(token) : isSetInCode(token)) set.add(token.name);
      else if (css && isRead(token) && !read.has(token.name)) read.set(token.name, path);
    }
  }
  return [...read].filter(([name]) => !set.has(name)).map(([name, path]) => `${path}: ${name}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sources = [...files(ROOT)]
    .filter((path) => /\.(?:css|tsx?)$/.test(path) && !/\.test\.tsx?$/.test(path))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const unset = unsetTokens(sources);
  if (unset.length > 0) {
    console.error(
      `Custom properties read but never set (first reader shown):\n${unset.join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`Every custom property a stylesheet reads is set (${sources.length} files).`);
}
