/** Reading a whole number typed by a student: a value, or one sentence saying what to fix. */

export type ParsedInteger =
  | { readonly ok: true; readonly value: bigint }
  | { readonly ok: false; readonly message: string };

export interface IntegerRule {
  readonly min: bigint;
  /** Inclusive upper bound, when there is one. */
  readonly max?: bigint;
  /** Longest accepted number, in digits (leading zeros do not count). */
  readonly maxDigits: number;
}

function range(rule: IntegerRule): string {
  return rule.max === undefined
    ? `a whole number of at least ${rule.min}`
    : `a whole number from ${rule.min} to ${rule.max}`;
}

export function parseInteger(text: string, name: string, rule: IntegerRule): ParsedInteger {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Type a value for ${name}: ${range(rule)}.` };
  if (/^[-−]\s*\d+$/.test(trimmed)) {
    return { ok: false, message: `${name} must not be negative: use ${range(rule)}.` };
  }
  if (!/^\+?\d+$/.test(trimmed)) {
    return { ok: false, message: `${name} must be ${range(rule)}, written with the digits 0–9.` };
  }
  const digits = trimmed.replace(/^\+?0*/, '');
  if (digits.length > rule.maxDigits) {
    return {
      ok: false,
      message: `${name} has ${digits.length} digits; the limit is ${rule.maxDigits}.`,
    };
  }
  const value = BigInt(digits === '' ? '0' : digits);
  if (value < rule.min || (rule.max !== undefined && value > rule.max)) {
    return { ok: false, message: `${name} must be ${range(rule)}; ${value} is not.` };
  }
  return { ok: true, value };
}
