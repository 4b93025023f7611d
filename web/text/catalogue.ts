import type { Formatters } from './icu.ts';
import { currentLocale, formatNumber, intlLocale, type Locale, PSEUDO_LOCALE } from './locale.ts';

/**
 * The Lab's one message catalogue. Every sentence a reader sees is a pattern here, under a key;
 * the engine and the components name keys and parameters, and this module renders them.
 *
 * English is the source language. Other locales are catalogues of the same keys; today the only
 * other one is the pseudo-locale `en-XA`, computed from English, for finding untranslated text
 * and layouts that break in a longer language.
 */

/**
 * A sentence not yet rendered: a catalogue key and its parameters. Travels in the trace.
 * A parameter is data (an id, a count, a fingerprint) or another message, rendered in place.
 */
export interface Message<Key extends string = string> {
  readonly key: Key;
  readonly params?: Params;
}

export type Params = Readonly<Record<string, string | number | Message>>;

/** A message, not yet rendered: its key, and its parameters when it has any. */
export function messageOf<Key extends string>(key: Key, params?: Params): Message<Key> {
  return params ? { key, params } : { key };
}

/**
 * How the pseudo-locale rewrites an English pattern, once loaded: it is a tool for finding
 * untranslated text, so a page loads it only when its link asks for it (loadLocale).
 */
let pseudoLocalize: ((pattern: string) => string) | null = null;

const english = new Map<string, string>();

type Flat = Record<string, string | number>;

/**
 * The full ICU reader (plurals, selects, number formats) stays out of the first pages: until a
 * module that needs it loads web/text/messages/rich-formatting.ts (the engine's patterns do, and
 * the message files with a plural), patterns are read plainly: `{name}` and `{name, party}`.
 */
type RichFormat = (pattern: string, params: Flat, locale: string, formatters: Formatters) => string;
let richFormat: RichFormat | null = null;

export function installRichFormatting(format: RichFormat): void {
  richFormat = format;
}

/** Text and `{name}` or `{name, party}` arguments only: what the plain reader can fill in. */
const PLAIN = /^(?:[^{}]|\{ *[\w.-]+ *(?:, *party *)?\})*$/;

export const isPlainPattern = (pattern: string): boolean => PLAIN.test(pattern);

function formatPlainly(pattern: string, params: Flat, locale: Locale, formatters: Formatters) {
  if (!PLAIN.test(pattern)) {
    throw new Error(
      `Message pattern ${JSON.stringify(pattern)} needs the full message reader (web/text/messages/rich-formatting.ts)`,
    );
  }
  // PLAIN holds: braces come in pairs around an argument, so text and arguments alternate.
  return pattern
    .split(/[{}]/)
    .map((part, index) => {
      if (index % 2 === 0) return part;
      const [name = '', type] = part.split(',').map((word) => word.trim());
      const value = params[name];
      if (value === undefined) {
        throw new RangeError(
          `Message pattern ${JSON.stringify(pattern)} needs the parameter "${name}"`,
        );
      }
      if (type === 'party' && formatters.party) return formatters.party(value, intlLocale(locale));
      return typeof value === 'number' ? formatNumber(value, locale) : String(value);
    })
    .join('');
}

/**
 * Adds English patterns under their keys. Each part of the Lab (narration, the interface, each
 * lesson) registers its own patterns when its module loads, so a lesson's text loads with it.
 * A key registered twice with a different pattern is a bug.
 */
export function registerMessages(patterns: Readonly<Record<string, string>>): void {
  for (const [key, pattern] of Object.entries(patterns)) {
    const known = english.get(key);
    if (known !== undefined && known !== pattern) {
      throw new Error(`The message key "${key}" is registered twice with different text`);
    }
    english.set(key, pattern);
  }
}

/** The pseudo-locale's rewrite of a pattern, installed by loadLocale (load-locale.ts). */
export function installPseudoLocale(localize: (pattern: string) => string): void {
  pseudoLocalize = localize;
}

export function hasMessage(key: string): boolean {
  return english.has(key);
}

/**
 * `{actor, party}`: a party's id shown as its name, `party.<id>` in the catalogue ("alice" →
 * "Alice"); numbered parties share one pattern ("broker-2" → `party.broker` with n = 2).
 */
export function partyName(id: string | number, inLocale: Locale = currentLocale()): string {
  const name = String(id);
  if (english.has(`party.${name}`)) return t(`party.${name}`, {}, inLocale);
  const numbered = /^([a-z]+)-(\d+)$/.exec(name);
  if (numbered) return t(`party.${numbered[1]}`, { n: Number(numbered[2]) }, inLocale);
  throw new RangeError(`No message names the party "${name}"`);
}

function formattersFor(inLocale: Locale): Formatters {
  return { party: (id) => partyName(id, inLocale) };
}

/** Renders a key in the current locale (or the one given). An unknown key throws. */
export function t(key: string, params: Params = {}, inLocale: Locale = currentLocale()): string {
  const pattern = english.get(key);
  if (pattern === undefined) throw new RangeError(`No message has the key "${key}"`);
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    flat[name] = typeof value === 'object' ? render(value, inLocale) : value;
  }
  const formatters = formattersFor(inLocale);
  if (inLocale === PSEUDO_LOCALE) {
    if (!pseudoLocalize || !richFormat) {
      throw new Error(
        'The pseudo-locale needs the full message reader: call loadLocale first, before rendering',
      );
    }
    return richFormat(pseudoLocalize(pattern), flat, intlLocale(inLocale), formatters);
  }
  if (PLAIN.test(pattern) || !richFormat) return formatPlainly(pattern, flat, inLocale, formatters);
  return richFormat(pattern, flat, intlLocale(inLocale), formatters);
}

/** Renders a message carried by the trace. */
export function render(message: Message, inLocale: Locale = currentLocale()): string {
  return t(message.key, message.params, inLocale);
}

/**
 * Whether the message's sentence opens with the parameter `name` ("{actor, party} decrypts
 * it"): it says itself who it is about, so nothing needs to name them before it.
 */
export function opensWith(message: Message, name: string): boolean {
  const pattern = english.get(message.key);
  if (pattern === undefined) throw new RangeError(`No message has the key "${message.key}"`);
  // The pattern reader stays out of the first view: an argument opens as `{name}` or `{name, …`.
  return /^\{ *([\w=.-]+) *[,}]/.exec(pattern)?.[1] === name;
}

/** Every registered key and its English pattern, for the catalogue's own tests. */
export function registeredMessages(): ReadonlyMap<string, string> {
  return english;
}
