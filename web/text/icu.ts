import { formatNumberIn } from './locale.ts';

/**
 * A small reader for ICU MessageFormat patterns, the subset the Lab's catalogue uses:
 *
 *   {name}                                   a parameter, as text
 *   {count, number}                          a number, formatted for the locale
 *   {count, plural, =0 {none} one {# copy} other {# copies}}
 *   {kind, select, aes {an AES key} other {a key}}
 *   {actor, party}                           a value shown by a formatter the caller names
 *                                            (the catalogue's `party` turns an id into a name)
 *
 * `#` inside a plural branch is the number, formatted. A pattern is parsed once and cached.
 * Anything malformed throws: a catalogue mistake is a bug, never a silent blank.
 */

export type MessageParams = Readonly<Record<string, string | number>>;

export type Part =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'arg'; readonly name: string }
  | { readonly kind: 'number'; readonly name: string }
  | { readonly kind: 'hash' }
  | { readonly kind: 'custom'; readonly name: string; readonly type: string }
  | {
      readonly kind: 'plural' | 'select';
      readonly name: string;
      readonly branches: ReadonlyMap<string, readonly Part[]>;
    };

class Reader {
  index = 0;
  constructor(readonly pattern: string) {}

  fail(what: string): never {
    throw new SyntaxError(
      `Message pattern ${JSON.stringify(this.pattern)}: ${what} at ${this.index}`,
    );
  }

  /** Parts until the end, or until the `}` that closes a branch (left unread). */
  parts(inPlural: boolean): Part[] {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    while (this.index < this.pattern.length) {
      const ch = this.pattern[this.index];
      if (ch === '}') break;
      if (ch === '{') {
        flush();
        parts.push(this.argument());
      } else if (ch === '#' && inPlural) {
        flush();
        parts.push({ kind: 'hash' });
        this.index++;
      } else {
        text += ch;
        this.index++;
      }
    }
    flush();
    return parts;
  }

  word(): string {
    this.spaces();
    const start = this.index;
    while (this.index < this.pattern.length && /[\w=.-]/.test(this.pattern[this.index] ?? '')) {
      this.index++;
    }
    if (start === this.index) this.fail('a name was expected');
    return this.pattern.slice(start, this.index);
  }

  spaces(): void {
    while (this.pattern[this.index] === ' ') this.index++;
  }

  expect(ch: string): void {
    this.spaces();
    if (this.pattern[this.index] !== ch) this.fail(`"${ch}" was expected`);
    this.index++;
  }

  argument(): Part {
    this.expect('{');
    const name = this.word();
    this.spaces();
    if (this.pattern[this.index] === '}') {
      this.index++;
      return { kind: 'arg', name };
    }
    this.expect(',');
    const type = this.word();
    if (type === 'number') {
      this.expect('}');
      return { kind: 'number', name };
    }
    if (type !== 'plural' && type !== 'select') {
      this.expect('}');
      return { kind: 'custom', name, type };
    }
    this.expect(',');
    const branches = new Map<string, readonly Part[]>();
    for (;;) {
      this.spaces();
      if (this.pattern[this.index] === '}') break;
      const selector = this.word();
      this.expect('{');
      branches.set(selector, this.parts(type === 'plural'));
      this.expect('}');
    }
    this.index++;
    if (!branches.has('other')) this.fail(`the ${type} of "${name}" has no "other" branch`);
    return { kind: type, name, branches };
  }
}

const parsed = new Map<string, readonly Part[]>();

export function parseMessage(pattern: string): readonly Part[] {
  let parts = parsed.get(pattern);
  if (!parts) {
    const reader = new Reader(pattern);
    parts = reader.parts(false);
    if (reader.index !== pattern.length) reader.fail('an unmatched "}"');
    parsed.set(pattern, parts);
  }
  return parts;
}

/** Every parameter name a pattern reads, for checking a catalogue against its callers. */
export function parameterNames(pattern: string): ReadonlySet<string> {
  const names = new Set<string>();
  const walk = (parts: readonly Part[]) => {
    for (const part of parts) {
      if (part.kind === 'arg' || part.kind === 'number' || part.kind === 'custom') {
        names.add(part.name);
      }
      if (part.kind === 'plural' || part.kind === 'select') {
        names.add(part.name);
        for (const branch of part.branches.values()) walk(branch);
      }
    }
  };
  walk(parseMessage(pattern));
  return names;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in the Intl locale `tag` ("one", "other", …). */
export function pluralCategory(n: number, tag: string): Intl.LDMLPluralRule {
  // English has two cardinal categories: "one" for a whole 1 (or −1), "other" for the rest.
  if (tag === 'en') return Math.abs(n) === 1 ? 'one' : 'other';
  let rules = pluralRules.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    pluralRules.set(tag, rules);
  }
  return rules.select(n);
}

function param(params: MessageParams, name: string, pattern: string): string | number {
  const value = params[name];
  if (value === undefined) {
    throw new RangeError(
      `Message pattern ${JSON.stringify(pattern)} needs the parameter "${name}"`,
    );
  }
  return value;
}

function asNumber(value: string | number, name: string): number {
  if (typeof value !== 'number') throw new TypeError(`The parameter "${name}" must be a number`);
  return value;
}

/** Formats a value for an argument of a type of the caller's own, such as `{actor, party}`. */
export type Formatters = Readonly<
  Record<string, (value: string | number, locale: string) => string>
>;

/** Fills a pattern with its parameters, formatting numbers and plurals for `locale`. */
export function formatMessage(
  pattern: string,
  params: MessageParams = {},
  locale = 'en',
  formatters: Formatters = {},
): string {
  const render = (parts: readonly Part[], count: number | undefined): string => {
    let out = '';
    for (const part of parts) {
      switch (part.kind) {
        case 'text':
          out += part.text;
          break;
        case 'hash':
          out += count === undefined ? '#' : formatNumberIn(count, locale);
          break;
        case 'arg': {
          const value = param(params, part.name, pattern);
          out += typeof value === 'number' ? formatNumberIn(value, locale) : value;
          break;
        }
        case 'number':
          out += formatNumberIn(asNumber(param(params, part.name, pattern), part.name), locale);
          break;
        case 'plural': {
          const n = asNumber(param(params, part.name, pattern), part.name);
          const branch =
            part.branches.get(`=${n}`) ??
            part.branches.get(pluralCategory(n, locale)) ??
            part.branches.get('other');
          out += render(branch ?? [], n);
          break;
        }
        case 'custom': {
          const format = formatters[part.type];
          if (!format)
            throw new SyntaxError(
              `Message pattern ${JSON.stringify(pattern)}: unknown argument type "${part.type}"`,
            );
          out += format(param(params, part.name, pattern), locale);
          break;
        }
        case 'select': {
          const value = String(param(params, part.name, pattern));
          out += render(part.branches.get(value) ?? part.branches.get('other') ?? [], count);
          break;
        }
      }
    }
    return out;
  };
  return render(parseMessage(pattern), undefined);
}
