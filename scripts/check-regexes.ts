// npm run lint: every regular expression in web/ and scripts/ must be safe from catastrophic
// backtracking (ReDoS), as judged by redos-detector. It finds regex literals and
// `new RegExp('…')` / `RegExp('…')` with a literal pattern by parsing each file (vite's parser),
// so a pattern inside a string or a comment is not mistaken for one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSafePattern, toFriendly } from 'redos-detector';
import { parseSync } from 'vite';

const ROOTS = ['web', 'scripts'];
const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/;
/**
 * A test may keep an unsafe pattern as an oracle over short inputs, with this comment on the
 * line above it saying so. Application code may not.
 */
const TEST_EXEMPTION = '// redos-checked:';

export interface FoundRegex {
  readonly file: string;
  readonly line: number;
  /** Null when the pattern is built at run time. */
  readonly pattern: string | null;
  readonly flags: string;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'vectors') yield* sourceFiles(path);
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/**
 * The pattern of `new RegExp('…', 'g')` or `RegExp('…')`; `null` pattern when it is built at
 * run time, which cannot be checked and so is refused.
 */
function constructedRegex(node: Node): { pattern: string | null; flags: string } | null {
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return null;
  const callee = node.callee;
  if (!isNode(callee) || callee.type !== 'Identifier' || callee.name !== 'RegExp') return null;
  const [pattern, flags] = node.arguments as Node[];
  const text = (arg: Node | undefined) =>
    arg && arg.type === 'Literal' && typeof arg.value === 'string' ? arg.value : null;
  return { pattern: text(pattern), flags: text(flags) ?? '' };
}

/** Every regular expression written in `source`, with its line. */
export function regexesIn(file: string, source: string): FoundRegex[] {
  const { program, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message}`);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found: FoundRegex[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isNode(value)) return;
    const regex = isNode(value.regex) ? value.regex : null;
    const literal = regex ? { pattern: String(regex.pattern), flags: String(regex.flags) } : null;
    const made = literal ?? constructedRegex(value);
    if (made) found.push({ file, line: lineOf(Number(value.start)), ...made });
    for (const key of Object.keys(value)) if (key !== 'regex') visit(value[key]);
  };
  visit(program);
  return found;
}

/** Why `regex` may backtrack catastrophically, or null when it is safe. */
export function redosProblem(regex: FoundRegex): string | null {
  if (regex.pattern === null)
    return 'Built at run time, so it cannot be checked: write the pattern out, or avoid the regular expression.';
  const { flags } = regex;
  const result = isSafePattern(regex.pattern, {
    caseInsensitive: flags.includes('i'),
    dotAll: flags.includes('s'),
    multiLine: flags.includes('m'),
    unicode: flags.includes('u') || flags.includes('v'),
  });
  if (result.safe) return null;
  return toFriendly(result).split('\n').slice(0, 6).join('\n');
}

function exempted(source: string, file: string, line: number): boolean {
  if (!/\.test\.tsx?$/.test(file)) return false;
  return (source.split('\n')[line - 2] ?? '').trim().startsWith(TEST_EXEMPTION);
}

function main(): void {
  let checked = 0;
  const problems: string[] = [];
  for (const root of ROOTS) {
    for (const file of sourceFiles(root)) {
      const source = readFileSync(file, 'utf8');
      for (const regex of regexesIn(relative('.', file), source)) {
        checked++;
        if (exempted(source, file, regex.line)) continue;
        const problem = redosProblem(regex);
        if (problem)
          problems.push(`${regex.file}:${regex.line} /${regex.pattern ?? '…'}/\n${problem}`);
      }
    }
  }
  if (problems.length > 0) {
    console.error(
      `${problems.length} of ${checked} regular expressions may backtrack catastrophically:\n\n${problems.join('\n\n')}`,
    );
    process.exit(1);
  }
  console.log(
    `${checked} regular expressions in ${ROOTS.join('/ and ')}/: none can backtrack catastrophically.`,
  );
}

if (process.argv[1]?.endsWith('check-regexes.ts')) main();
