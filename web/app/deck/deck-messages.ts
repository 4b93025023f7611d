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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromJson(text: string): unknown {
  if (text.length > MAX_JSON_LENGTH || !text.startsWith('{') || !text.endsWith('}')) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Reads one message posted to the frame; null for anything that is not a valid command. */
export function parseDeckCommand(data: unknown, steps: number): DeckCommand | null {
  if (data === 'slide:start') return { method: 'play' };
  if (data === 'slide:stop') return { method: 'pause' };
  const message = typeof data === 'string' ? fromJson(data) : data;
  if (!isRecord(message)) return null;
  const args = message.args ?? [];
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
  const given = new URLSearchParams(search).get('parent');
  if (given === null) return null;
  try {
    const origin = new URL(given).origin;
    return origin !== 'null' && origin === given.replace(/\/$/, '') ? origin : 'invalid';
  } catch {
    return 'invalid';
  }
}
