import './rich-formatting.ts';
import { registerMessages } from '../catalogue.ts';

// Times and counts as a student reads them at a glance: the brute-force widgets' timings. The
// engine picks the unit and rounds the amount to two significant digits
// (web/protocol/toy/brute-force-model.ts); these words say it.
registerMessages({
  'ui.duration.microseconds': '{amount, number} µs',
  'ui.duration.milliseconds': '{amount, number} ms',
  'ui.duration.seconds': '{amount, number} s',
  'ui.duration.minutes': '{amount, plural, one {# minute} other {# minutes}}',
  'ui.duration.hours': '{amount, plural, one {# hour} other {# hours}}',
  'ui.duration.days': '{amount, plural, one {# day} other {# days}}',
  'ui.duration.years': '{amount, plural, one {# year} other {# years}}',
  // In plain text (a table, a label read aloud).
  'ui.duration.power': 'about 10^{exponent} years',
  // On the page: {power} is the exponent, raised, and read aloud as "to the power".
  'ui.duration.power-raised': 'about 10{power} years',
  'ui.duration.under-tenth-ms': 'under 0.1 ms',
  // An axis tick beyond 100 s: {power} is "10³" written with a raised exponent.
  'ui.duration.seconds-power': '{power} s',
});
