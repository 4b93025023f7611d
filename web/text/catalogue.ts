import type { MessageParams } from './icu.ts';

/**
 * The Lab's one message catalogue. Every sentence a reader sees is a pattern here, under a key;
 * the engine and the components name keys and parameters, and this module renders them.
 *
 * English is the source language. Other locales are catalogues of the same keys; today the only
 * other one is the pseudo-locale `en-XA`, computed from English, for finding untranslated text
 * and layouts that break in a longer language.
 */

/** A sentence not yet rendered: a catalogue key and its parameters. Travels in the trace. */
export interface Message {
  readonly key: string;
  readonly params?: MessageParams;
}

/** The pseudo-locale's tag (pseudo.ts computes its patterns). */
export const PSEUDO_LOCALE = 'en-XA';
export type Locale = 'en' | typeof PSEUDO_LOCALE;
export const LOCALES: readonly Locale[] = ['en', PSEUDO_LOCALE];

/**
 * How the pseudo-locale rewrites an English pattern, once loaded: it is a tool for finding
 * untranslated text, so a page loads it only when its link asks for it (loadLocale).
 */
let pseudoLocalize: ((pattern: string) => string) | null = null;

const english = new Map<string, string>();
let locale: Locale = 'en';

type Formatter = (pattern: string, params: MessageParams | undefined, locale: string) => string;

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

function plain(pattern: string, params: MessageParams | undefined, inLocale: string): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) {
      throw new RangeError(
        `Message pattern ${JSON.stringify(pattern)} needs the parameter "${name}"`,
      );
    }
    return typeof value === 'number' ? new Intl.NumberFormat(inLocale).format(value) : value;
  });
}

function format(pattern: string, params: MessageParams | undefined, inLocale: string): string {
  if (PLAIN.test(pattern)) return plain(pattern, params, inLocale);
  if (!formatter) throw new Error(`The pattern ${JSON.stringify(pattern)} needs text/index.ts`);
  return formatter(pattern, params, inLocale);
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

/** Loads what a locale needs to render; then setLocale can switch to it. */
export async function loadLocale(next: Locale): Promise<void> {
  if (next === PSEUDO_LOCALE && !pseudoLocalize) {
    pseudoLocalize = (await import('./pseudo.ts')).pseudoLocalize;
  }
}

function needsLoading(inLocale: Locale): boolean {
  return inLocale === PSEUDO_LOCALE && !pseudoLocalize;
}

export function setLocale(next: Locale): void {
  if (needsLoading(next))
    throw new Error(`The locale ${next} has not loaded: call loadLocale first`);
  locale = next;
}

export function currentLocale(): Locale {
  return locale;
}

export function hasMessage(key: string): boolean {
  return english.has(key);
}

/** Renders a key in the current locale (or the one given). An unknown key throws. */
export function t(key: string, params?: MessageParams, inLocale: Locale = locale): string {
  const pattern = english.get(key);
  if (pattern === undefined) throw new RangeError(`No message has the key "${key}"`);
  if (inLocale === PSEUDO_LOCALE) {
    if (!pseudoLocalize)
      throw new Error(`The locale ${inLocale} has not loaded: call loadLocale first`);
    return format(pseudoLocalize(pattern), params, 'en');
  }
  return format(pattern, params, inLocale);
}

/** Renders a message carried by the trace. */
export function render(message: Message, inLocale: Locale = locale): string {
  return t(message.key, message.params, inLocale);
}

/** Every registered key and its English pattern, for the catalogue's own tests. */
export function registeredMessages(): ReadonlyMap<string, string> {
  return english;
}
