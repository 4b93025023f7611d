import './rich-formatting.ts';
import { type Message, messageOf, type Params, registerMessages } from '../catalogue.ts';

/**
 * The toy exchanges' widgets: why a number a student typed cannot be used (web/protocol/toy/
 * parse-integer.ts names the keys; `{name}` is the value's name as the widget shows it), and
 * the real sizes the brute-force plot extends its line to (brute-force-model.ts).
 */
export const toyWidgetMessages = {
  'toy-input.at-least': 'a whole number of at least {min}',
  'toy-input.from-to': 'a whole number from {min} to {max}',
  'toy-input.empty': 'Type a value for {name}: {range}.',
  'toy-input.negative': '{name} must not be negative: use {range}.',
  'toy-input.not-digits': '{name} must be {range}, written with the digits 0–9.',
  'toy-input.too-long': '{name} has {digits} digits; the limit is {limit}.',
  'toy-input.out-of-range': '{name} must be {range}; {value} is not.',
  'toy-target.p-256': 'P-256 (a group order of 256 bits)',
  'toy-target.ffdh-2048': 'a 2048-bit p',
} as const;

registerMessages(toyWidgetMessages);

export type ToyWidgetKey = keyof typeof toyWidgetMessages;

/** What to fix in a typed number, or a size on the plot, not yet rendered. */
export type ToyWidgetText = Message<ToyWidgetKey>;

export function toyWidgetSays(key: ToyWidgetKey, params?: Params): ToyWidgetText {
  return messageOf(key, params);
}
