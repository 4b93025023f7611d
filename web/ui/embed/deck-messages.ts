import { echo } from '../../text/text.ts';

/**
 * The messages a slide deck and an embedded step exchange, in reveal.js's shape.
 *
 * In: `{method, args}` (as an object, or as the JSON string reveal.js itself posts), and
 * reveal's plain 'slide:start' / 'slide:stop' when the slide holding the frame is shown or left.
 * Out: `{namespace: 'handshake-lab', eventName, state}`, posted as a JSON string as reveal.js
 * posts its own events. Anything else is ignored.
 */

export const NAMESPACE = 'handshake-lab';

export type DeckCommand =
  | { readonly method: 'next' }
  | { readonly method: 'prev' }
  /** Opens a step of the same lesson, 1-based as in the URL. */
  | { readonly method: 'step'; readonly step: number }
  | { readonly method: 'getState' }
  | { readonly method: 'play' }
  | { readonly method: 'pause' };

export interface DeckState {
  readonly lesson: string;
  /** 1-based, as in the URL. */
  readonly step: number;
  readonly steps: number;
  /** How many events of the step's run are on stage. */
  readonly event: number;
  readonly events: number;
}

export type DeckEventName = 'ready' | 'stepchanged' | 'outcome' | 'callback';

const MAX_JSON_LENGTH = 1000;

/** A plain object with `method` and at most `args` besides: no other key, inherited or own. */
function isCommandShape(value: unknown): value is { method: unknown; args?: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const keys = Object.keys(value);
  return keys.includes('method') && keys.every((key) => key === 'method' || key === 'args');
}

function fromJson(text: string): unknown {
  if (text.length > MAX_JSON_LENGTH || !text.startsWith('{') || !text.endsWith('}')) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Reads one message posted to the frame; null for anything that is not exactly a documented
 * command: `{method, args}` with `args` an array, or without `args` for a method that takes none
 * (reveal.js's own API allows leaving it out). `args: null`, any other key (`__proto__`,
 * `constructor`, padding) or an object that is not a plain one are ignored.
 */
export function parseDeckCommand(data: unknown, steps: number): DeckCommand | null {
  if (data === 'slide:start') return { method: 'play' };
  if (data === 'slide:stop') return { method: 'pause' };
  const message = typeof data === 'string' ? fromJson(data) : data;
  if (!isCommandShape(message)) return null;
  const args = 'args' in message ? message.args : [];
  if (!Array.isArray(args)) return null;
  switch (message.method) {
    case 'next':
    case 'prev':
    case 'getState':
      return args.length === 0 ? { method: message.method } : null;
    case 'step': {
      const [step] = args;
      const valid =
        args.length === 1 && Number.isInteger(step) && Number(step) >= 1 && Number(step) <= steps;
      return valid ? { method: 'step', step: Number(step) } : null;
    }
    default:
      return null;
  }
}

export function deckEvent(
  eventName: DeckEventName,
  state: DeckState,
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({ namespace: NAMESPACE, eventName, state, ...extra });
}

/** What the frame asks of the deck around it at its ends: reveal.js's own API call. */
export function deckMove(direction: 'next' | 'prev'): string {
  return JSON.stringify({ method: direction, args: [] });
}

/**
 * `?parent=<origin>` restricts who may drive the frame. Returns the origin, `null` when not
 * given, or 'invalid' (then nobody may drive it: a typo must not open it to everyone).
 */
export function allowedParent(search: string): string | null | 'invalid' {
  const given = givenParent(search);
  if (given === null) return null;
  try {
    const origin = new URL(given).origin;
    return origin !== 'null' && origin === given.replace(/\/$/, '') ? origin : 'invalid';
  } catch {
    return 'invalid';
  }
}

function givenParent(search: string): string | null {
  return new URLSearchParams(search).get('parent');
}

/** For the console, when `?parent=` is not an origin: what was given and what is expected. */
export function invalidParentWarning(search: string): string | null {
  const given = givenParent(search);
  if (given === null || allowedParent(search) !== 'invalid') return null;
  return `Handshake Lab: ?parent=${echo(given)} is not an origin, so no deck may drive this frame. Give the deck page’s origin: scheme, host and port only, such as ?parent=https://slides.example.org or ?parent=http://localhost:8000.`;
}
