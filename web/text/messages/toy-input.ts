import './rich-formatting.ts';
import { type Message, type Params, registerMessages } from '../catalogue.ts';

/**
 * Why a number a student typed into a toy exchange cannot be used (web/protocol/toy/
 * parse-integer.ts names the keys). `{name}` is the value's name as the widget shows it.
 */
export const toyInputMessages = {
  'toy-input.at-least': 'a whole number of at least {min}',
  'toy-input.from-to': 'a whole number from {min} to {max}',
  'toy-input.empty': 'Type a value for {name}: {range}.',
  'toy-input.negative': '{name} must not be negative: use {range}.',
  'toy-input.not-digits': '{name} must be {range}, written with the digits 0–9.',
  'toy-input.too-long': '{name} has {digits} digits; the limit is {limit}.',
  'toy-input.out-of-range': '{name} must be {range}; {value} is not.',
} as const;

registerMessages(toyInputMessages);

export type ToyInputKey = keyof typeof toyInputMessages;

/** What to fix in a typed number, not yet rendered. */
export type ToyInputText = Message<ToyInputKey>;

export function toyInputSays(key: ToyInputKey, params?: Params): ToyInputText {
  return params ? { key, params } : { key };
}
