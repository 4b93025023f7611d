import {
  type Duration,
  describeDuration,
  type Measurement,
  secondsPerSearch,
} from '../../protocol/index.ts';
import { currentLocale, intlLocale, t } from '../../text/index.ts';
import '../../text/messages/ui-duration.ts';
import { Rich } from '../rich-text.tsx';
import { Pow } from './NumberField.tsx';

/** A duration in words: "420 µs", "10 minutes", "about 10^601 years". */
export function durationText(duration: Duration): string {
  return duration.kind === 'power'
    ? t('ui.duration.power', { exponent: duration.exponent })
    : t(`ui.duration.${duration.unit}`, { amount: duration.amount });
}

/**
 * One search's time at a measured size, averaged over many searches timed together, so finer
 * than the timer's resolution.
 */
export const searchTimeText = (m: Measurement): string =>
  durationText(describeDuration(Math.log10(secondsPerSearch(m))));

/** An elapsed time in words; null (too short to measure) is "under 0.1 ms". */
export function elapsedText(duration: Duration | null): string {
  return duration ? durationText(duration) : t('ui.duration.under-tenth-ms');
}

/** The same on the page, with a power of ten's exponent raised: "about 10⁶⁰¹ years". */
export function DurationView({ duration }: { duration: Duration }) {
  if (duration.kind !== 'power') return <>{durationText(duration)}</>;
  return (
    <Rich
      k="ui.duration.power-raised"
      nodes={{ power: <Pow base="" exponent={duration.exponent} /> }}
    />
  );
}

const compact = new Map<string, Intl.NumberFormat>();

/** A count in words, to two significant digits: "25 million", "310 thousand". */
export function countInWords(count: number): string {
  const tag = intlLocale(currentLocale());
  let format = compact.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 2,
    });
    compact.set(tag, format);
  }
  return format.format(count);
}
