// npm run lint: the engine (web/protocol) speaks only in catalogue keys. Every string and
// template literal in its sources (tests aside) is parsed out (vite's parser, so comments and
// regular expressions are not mistaken for text) and refused when it reads like English: two
// words of letters with a space between. Identifiers ('key-generated', 'aes-gcm'), field names
// of one word and formulas ('B^x mod p') pass; the words themselves live in web/text/messages.
//
// Three exceptions, and no file is excused: every sentence has moved. The names of packet fields ('public key', 'wrapped key'): identifiers the
// engine looks bytes up by, shown as they are beside the bytes; and the names it writes into
// certificates (its CA's). The bytes of a protocol written as text, a string literal given
// straight to utf8Encode (an HKDF label such as 'handshake-lab session key v1'): changing a word
// changes every key derived, so it is never translated. The message of an Error the engine
// throws for a bug (`new Error('…')`, and TypeError, RangeError, SyntaxError): it is written for
// whoever fixes the code, never shown as a sentence of the Lab. (The lines the parties send
// are content, not interface: they live in web/text/spoken.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'vite';

const ROOT = 'web/protocol';
/** A word of two letters or more, possessives and a trailing comma or colon allowed. */
const WORD = /^[A-Za-z][A-Za-z'’]*[A-Za-z][,;:]?$/;

/** Two words in a row: "Bob decrypts", "Alice’s message"; never "aes-gcm" or "B^x mod p". */
export function readsLikeEnglish(text: string): boolean {
  const tokens = text.split(/\s+/);
  return tokens.some((token, i) => WORD.test(token) && WORD.test(tokens[i + 1] ?? ''));
}
const BUG_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError']);
const FIELD_NAMES = new Set([
  'public key',
  'public value',
  'wrapped key',
  'verify key',
  'safety number',
  'close_notify alert',
  // A certificate's issuer and subject name, inside its signed bytes (web/protocol/pki.ts).
  'Handshake Lab Root CA',
]);

export interface FoundText {
  readonly line: number;
  readonly text: string;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** The strings in `source` that read like English, with their lines. */
export function englishIn(file: string, source: string): FoundText[] {
  const { program, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message}`);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found: FoundText[] = [];
  const note = (node: Node, text: string) => {
    if (readsLikeEnglish(text) && !FIELD_NAMES.has(text))
      found.push({ line: lineOf(node.start as number), text });
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isNode(value)) return;
    switch (value.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'TSLiteralType':
        return;
      case 'ExportNamedDeclaration':
        visit(value.declaration);
        return;
      case 'NewExpression':
      case 'ThrowStatement': {
        const made = value.type === 'ThrowStatement' ? value.argument : value;
        const callee = isNode(made) && made.type === 'NewExpression' ? made.callee : null;
        if (isNode(callee) && callee.type === 'Identifier' && BUG_ERRORS.has(String(callee.name)))
          return;
        break;
      }
      case 'CallExpression': {
        const callee = value.callee;
        const [first, ...rest] = value.arguments as unknown[];
        if (
          isNode(callee) &&
          callee.type === 'Identifier' &&
          callee.name === 'utf8Encode' &&
          isNode(first) &&
          first.type === 'Literal'
        ) {
          visit(rest);
          return;
        }
        break;
      }
      case 'Literal':
        if (typeof value.value === 'string') note(value, value.value);
        return;
      case 'TemplateLiteral': {
        const quasis = value.quasis as Node[];
        note(value, quasis.map((q) => String((q.value as Node).cooked ?? '')).join(' '));
        visit(value.expressions);
        return;
      }
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'type') visit(child);
  };
  visit(program);
  return found;
}

function* engineSources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* engineSources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) yield path;
  }
}

/** What is wrong with the engine's sources, one line per problem; empty when all is well. */
export function engineEnglishProblems(
  files: readonly string[],
  read: (file: string) => string,
): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const found = englishIn(file, read(file));
    if (found.length > 0) {
      problems.push(
        `${file}: ${found.length} English strings. Put the words in web/text/messages and say(key, params) here:`,
        ...found.map((f) => `  line ${f.line}: ${JSON.stringify(f.text)}`),
      );
    }
  }
  return problems;
}

if (process.argv[1]?.endsWith('check-engine-english.ts')) {
  const files = [...engineSources(ROOT)].map((f) => f.split('\\').join('/')).sort();
  const problems = engineEnglishProblems(files, (file) => readFileSync(file, 'utf8'));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log(`${files.length} engine files checked: not one English sentence.`);
}
