import { toyWidgetSays as says, type ToyWidgetText } from '../../text/messages/toy-widgets.ts';
/**
 * The numbers behind the brute-force cost plot: what was measured, the line through it and
 * where that line goes at real key sizes. Pure functions, no DOM.
 */

/** Oscar's searches at one size of p, all of them together. */
export interface Measurement {
  /** Bits of p. */
  readonly bits: number;
  readonly searches: number;
  /** Exponents tried, over all searches. */
  readonly steps: number;
  /** Time spent searching, over all searches. */
  readonly seconds: number;
}

export const secondsPerSearch = (m: Measurement): number => m.seconds / m.searches;
export const stepsPerSecond = (m: Measurement): number => m.steps / m.seconds;

/** log10(seconds per search) = intercept + slope × bits. */
export interface Line {
  readonly intercept: number;
  readonly slope: number;
}

/** One more bit of p doubles the exponents to try: log10 of the time grows by log10 2. */
export const DOUBLING_SLOPE = Math.log10(2);

const SECONDS_PER_YEAR = 365.25 * 24 * 3600;

function points(measurements: readonly Measurement[]): { x: number; y: number }[] {
  return measurements
    .filter((m) => m.searches > 0 && m.seconds > 0)
    .map((m) => ({ x: m.bits, y: Math.log10(secondsPerSearch(m)) }));
}

export function predictLog10Seconds(line: Line, bits: number): number {
  return line.intercept + line.slope * bits;
}

/**
 * Least squares on log time with the slope held at "doubles per bit": the intercept is the
 * mean of log10(t) − slope × bits. Stable from a single point, and the line to extrapolate.
 */
export function fitDoubling(measurements: readonly Measurement[]): Line | null {
  const pts = points(measurements);
  if (pts.length === 0) return null;
  const intercept = pts.reduce((sum, p) => sum + p.y - DOUBLING_SLOPE * p.x, 0) / pts.length;
  return { intercept, slope: DOUBLING_SLOPE };
}

/** Ordinary least squares on log time, slope free: how fast the time really grew here. */
export function fitLeastSquares(measurements: readonly Measurement[]): Line | null {
  const pts = points(measurements);
  if (new Set(pts.map((p) => p.x)).size < 2) return null;
  const meanX = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const meanY = pts.reduce((s, p) => s + p.y, 0) / pts.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of pts) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  const slope = sxy / sxx;
  return { intercept: meanY - slope * meanX, slope };
}

/** The time factor per extra bit a line says: 2 for exact doubling. */
export const factorPerBit = (line: Line): number => 10 ** line.slope;

export interface Target {
  readonly id: string;
  readonly label: ToyWidgetText;
  /**
   * Where it sits on the plot's axis, in bits of p. The toy groups' order q is about p / 2,
   * so a group order of n bits takes as many steps as a toy p of n + 1 bits.
   */
  readonly bits: number;
}

export const TARGETS: readonly Target[] = [
  { id: 'p-256', label: says('toy-target.p-256'), bits: 257 },
  { id: 'ffdh-2048', label: says('toy-target.ffdh-2048'), bits: 2048 },
];

/** Published security levels of the best known attacks (NIST SP 800-57 Part 1): not measured here. */
export const PUBLISHED_ATTACKS = [
  // 2048-bit finite-field Diffie-Hellman, by the number field sieve.
  { id: 'ffdh-2048', log2Operations: 112 },
  // P-256, by Pollard's rho.
  { id: 'p-256', log2Operations: 128 },
] as const;

/** log10 of the seconds that 2^log2Steps steps take at a measured speed. */
export function log10SecondsForSteps(log2Steps: number, perSecond: number): number {
  return log2Steps * DOUBLING_SLOPE - Math.log10(perSecond);
}

/** How long one more size would take on average, at the speed just measured. */
export function expectedSearchSeconds(q: bigint, perSecond: number): number {
  return Number(q) / 2 / perSecond;
}

/**
 * Which group to measure next (an index into `groups`), or null to stop: sizes go up in
 * order while a search at the next size is expected to stay within the budget.
 */
export function nextToMeasure(
  groups: readonly { readonly q: bigint }[],
  measurements: readonly Measurement[],
  budgetSeconds: number,
): number | null {
  const index = measurements.length;
  const next = groups[index];
  const last = measurements.at(-1);
  if (!next) return null;
  if (!last) return index;
  return expectedSearchSeconds(next.q, stepsPerSecond(last)) <= budgetSeconds ? index : null;
}

/** The unit a duration is said in: the largest that keeps its number readable. */
export type DurationUnit =
  | 'microseconds'
  | 'milliseconds'
  | 'seconds'
  | 'minutes'
  | 'hours'
  | 'days'
  | 'years';

/** A time to say in words; the catalogue words it (ui.duration.*). */
export type Duration =
  /** `amount` of `unit`, to two significant digits. */
  | { readonly kind: 'amount'; readonly amount: number; readonly unit: DurationUnit }
  /** About 10^exponent years. */
  | { readonly kind: 'power'; readonly exponent: number };

/** Two significant digits, as a student reads a time at a glance. */
const twoDigits = (value: number): number => Number(value.toPrecision(2));

const amount = (value: number, unit: DurationUnit): Duration => ({
  kind: 'amount',
  amount: twoDigits(value),
  unit,
});

/** A time a student reads at a glance, from log10 of the seconds. */
export function describeDuration(log10Seconds: number): Duration {
  const seconds = 10 ** log10Seconds;
  const years = log10Seconds - Math.log10(SECONDS_PER_YEAR);
  if (years >= 6) return { kind: 'power', exponent: Math.round(years) };
  if (seconds < 1e-3) return amount(seconds * 1e6, 'microseconds');
  if (seconds < 1) return amount(seconds * 1e3, 'milliseconds');
  if (seconds < 120) return amount(seconds, 'seconds');
  if (seconds < 2 * 3600) return amount(seconds / 60, 'minutes');
  if (seconds < 2 * 86400) return amount(seconds / 3600, 'hours');
  if (seconds < 2 * SECONDS_PER_YEAR) return amount(seconds / 86400, 'days');
  return amount(10 ** years, 'years');
}

/** An elapsed time measured on this page, or null when it is under 0.1 ms (too short to say). */
export function describeElapsed(ms: number): Duration | null {
  return ms >= 0.1 ? describeDuration(Math.log10(ms / 1000)) : null;
}
