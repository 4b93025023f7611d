import type { Formatters, MessageParams } from './icu.ts';
import { currentLocale, type Locale, PSEUDO_LOCALE } from './locale.ts';

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

/**
 * How the pseudo-locale rewrites an English pattern, once loaded: it is a tool for finding
 * untranslated text, so a page loads it only when its link asks for it (loadLocale).
 */
let pseudoLocalize: ((pattern: string) => string) | null = null;

const english = new Map<string, string>();

type Formatter = (
  pattern: string,
  params: MessageParams,
  locale: string,
  formatters: Formatters,
) => string;

/**
 * The ICU formatter (icu.ts: plurals, selects, numbers), installed by text/index.ts. A page's
 * first view imports this module alone and renders its patterns, which name parameters only
 * (`{name}`), with `plain` below: the full formatter loads with the first part that needs it.
 */
let formatter: Formatter | null = null;

export function installFormatter(format: Formatter): void {
  formatter = format;
}

/** Text and `{name}` parameters only: no plural, select or number format. */
const PLAIN = /^(?:[^{}]|\{\w+\})*$/;

function plain(pattern: string, params: MessageParams, inLocale: string): string {
  // PLAIN holds: braces come in pairs around a name, so text and names alternate.
  return pattern
    .split(/[{}]/)
    .map((part, index) => {
      if (index % 2 === 0) return part;
      const value = params[part];
      if (value === undefined) {
        throw new RangeError(
          `Message pattern ${JSON.stringify(pattern)} needs the parameter "${part}"`,
        );
      }
      return typeof value === 'number' ? new Intl.NumberFormat(inLocale).format(value) : value;
    })
    .join('');
}

function format(
  pattern: string,
  params: MessageParams,
  inLocale: string,
  formatters: Formatters,
): string {
  if (PLAIN.test(pattern)) return plain(pattern, params, inLocale);
  if (!formatter) throw new Error(`The pattern ${JSON.stringify(pattern)} needs text/index.ts`);
  return formatter(pattern, params, inLocale, formatters);
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
    // A plural, select or number needs the full formatter: import text/index.ts, not this file.
    if (!formatter && !PLAIN.test(pattern)) {
      throw new Error(`The message "${key}" needs text/index.ts imported before it registers`);
    }
    english.set(key, pattern);
  }
}

/** Loads what a locale needs to render; then setLocale (locale.ts) can switch to it. */
export async function loadLocale(next: Locale): Promise<void> {
  if (next === PSEUDO_LOCALE && !pseudoLocalize) {
    pseudoLocalize = (await import('./pseudo.ts')).pseudoLocalize;
  }
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
  if (inLocale === PSEUDO_LOCALE) {
    if (!pseudoLocalize)
      throw new Error(`The locale ${inLocale} has not loaded: call loadLocale first`);
    return format(pseudoLocalize(pattern), flat, 'en', formattersFor(inLocale));
  }
  return format(pattern, flat, inLocale, formattersFor(inLocale));
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
