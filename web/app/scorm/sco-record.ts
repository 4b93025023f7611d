/**
 * What a SCORM package remembers of one lesson between sessions, and what it reports: which
 * steps the learner reached, and for each check question whether the first answer was right.
 * Saved in `cmi.suspend_data`, which SCORM 1.2 caps at 4,096 characters.
 */
export interface ScoRecord {
  /** 0-based indexes of the steps the learner has opened. */
  readonly reached: ReadonlySet<number>;
  /** Step index → whether the first answer to its question was right. */
  readonly firstTry: ReadonlyMap<number, boolean>;
}

export const EMPTY_RECORD: ScoRecord = { reached: new Set(), firstTry: new Map() };

/** SCORM 1.2's limit on cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;
const VERSION = 'h1';

/** Steps as a hexadecimal bit field, step 0 in the lowest bit of the first digit. */
function toHex(steps: Iterable<number>, length: number): string {
  const digits = new Array<number>(Math.ceil(length / 4)).fill(0);
  for (const step of steps) digits[step >> 2] = (digits[step >> 2] ?? 0) | (1 << (step & 3));
  return digits.map((d) => d.toString(16)).join('');
}

function fromHex(hex: string, length: number): number[] {
  const steps: number[] = [];
  for (let step = 0; step < Math.min(length, hex.length * 4); step++)
    if ((Number.parseInt(hex[step >> 2] ?? '0', 16) >> (step & 3)) & 1) steps.push(step);
  return steps;
}

/**
 * "h1.<reached>.<answered>.<right>": three bit fields of the lesson's steps, 3 characters for
 * every 4 steps. Throws when it would not fit SCORM's limit (a lesson of about 5,400 steps).
 */
export function encodeRecord(record: ScoRecord, steps: number): string {
  const right = [...record.firstTry].filter(([, ok]) => ok).map(([step]) => step);
  const text = [
    VERSION,
    toHex(record.reached, steps),
    toHex(record.firstTry.keys(), steps),
    toHex(right, steps),
  ].join('.');
  if (text.length > SUSPEND_DATA_LIMIT)
    throw new RangeError(
      `suspend_data would take ${text.length} characters of ${SUSPEND_DATA_LIMIT}.`,
    );
  return text;
}

/**
 * Reads saved suspend_data for a lesson of `steps` steps. Anything not written by
 * encodeRecord (another package's data, a truncated string) starts afresh.
 */
export function decodeRecord(text: string, steps: number): ScoRecord {
  const parts = text.split('.');
  if (text.length > SUSPEND_DATA_LIMIT || parts.length !== 4 || parts[0] !== VERSION)
    return EMPTY_RECORD;
  const [, reached = '', answered = '', right = ''] = parts;
  if (![reached, answered, right].every((hex) => /^[0-9a-f]*$/.test(hex))) return EMPTY_RECORD;
  const rightSteps = new Set(fromHex(right, steps));
  return {
    reached: new Set(fromHex(reached, steps)),
    firstTry: new Map(fromHex(answered, steps).map((step) => [step, rightSteps.has(step)])),
  };
}

export function withReached(record: ScoRecord, step: number): ScoRecord {
  if (record.reached.has(step)) return record;
  return { ...record, reached: new Set([...record.reached, step]) };
}

/** Only the first answer to a question counts; later ones change nothing. */
export function withFirstTry(record: ScoRecord, step: number, right: boolean): ScoRecord {
  if (record.firstTry.has(step)) return record;
  return { ...record, firstTry: new Map([...record.firstTry, [step, right]]) };
}

/** cmi.core.lesson_status: completed once every step of the lesson was reached. */
export function lessonStatus(record: ScoRecord, steps: number): 'completed' | 'incomplete' {
  for (let step = 0; step < steps; step++) if (!record.reached.has(step)) return 'incomplete';
  return 'completed';
}

/**
 * cmi.core.score.raw, 0 to 100: the share of the lesson's check questions answered right on
 * the first try. Null for a lesson without questions, or before any question was answered.
 */
export function scoreRaw(record: ScoRecord, questionSteps: readonly number[]): number | null {
  if (questionSteps.length === 0 || record.firstTry.size === 0) return null;
  const right = questionSteps.filter((step) => record.firstTry.get(step) === true).length;
  return Math.round((100 * right) / questionSteps.length);
}
