import { toyWidgetSays as says, type ToyWidgetText } from '../../text/messages/toy-widgets.ts';

/** Reading a whole number typed by a student: a value, or one message saying what to fix. */

export type ParsedInteger =
  | { readonly ok: true; readonly value: bigint }
  | { readonly ok: false; readonly message: ToyWidgetText };

export interface IntegerRule {
  readonly min: bigint;
  /** Inclusive upper bound, when there is one. */
  readonly max?: bigint;
  /** Longest accepted number, in digits (leading zeros do not count). */
  readonly maxDigits: number;
}

// Numbers are passed as their digits: a typed number is shown as typed, never grouped.
function range(rule: IntegerRule): ToyWidgetText {
  return rule.max === undefined
    ? says('toy-input.at-least', { min: String(rule.min) })
    : says('toy-input.from-to', { min: String(rule.min), max: String(rule.max) });
}

export function parseInteger(text: string, name: string, rule: IntegerRule): ParsedInteger {
  const trimmed = text.trim();
  const refuse = (key: Parameters<typeof says>[0], params = {}): ParsedInteger => ({
    ok: false,
    message: says(key, { name, range: range(rule), ...params }),
  });
  if (trimmed === '') return refuse('toy-input.empty');
  if (/^[-−]\s*\d+$/.test(trimmed)) return refuse('toy-input.negative');
  if (!/^\+?\d+$/.test(trimmed)) return refuse('toy-input.not-digits');
  const digits = trimmed.replace(/^\+?0*/, '');
  if (digits.length > rule.maxDigits) {
    return refuse('toy-input.too-long', {
      digits: String(digits.length),
      limit: String(rule.maxDigits),
    });
  }
  const value = BigInt(digits === '' ? '0' : digits);
  if (value < rule.min || (rule.max !== undefined && value > rule.max)) {
    return refuse('toy-input.out-of-range', { value: String(value) });
  }
  return { ok: true, value };
}
