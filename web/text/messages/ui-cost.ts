import { registerMessages } from '../catalogue.ts';

// The brute-force cost widget: Oscar's search timed on this computer, then extended.
registerMessages({
  'ui.cost.heading': 'Oscar’s time as p grows',
  'ui.cost.intro':
    'A background thread runs Oscar’s search on random secrets for p of 8 bits, then 12, 16 and up, while one search is expected to take under {budget} s.',
  'ui.cost.stop': 'Stop',
  'ui.cost.again': 'Measure again',
  'ui.cost.measure': 'Measure on this computer',
  'ui.cost.progress':
    'Measuring p of {bits} bits: {searches} searches done, {steps} exponents tried…',
  'ui.cost.last': 'p of {bits} bits: {time} per search.',
  'ui.cost.idle': 'Nothing measured yet.',
  'ui.cost.measured': 'Measured {last}',
  'ui.cost.measuring': 'Measuring…',
  'ui.cost.stopped': 'Stopped. {last}',
  'ui.cost.last-measured': 'Last measured {last}',
  'ui.cost.failed': 'The measurement failed: {error}',
  'ui.cost.done':
    'Done: {sizes} sizes, up to {last} This computer tried about {rate} exponents a second.',
  'ui.cost.done-empty': 'Done.',
  'ui.cost.caption':
    'Dots: measured here. Dashed line: time doubling with every bit, fitted to the dots.',
  'ui.cost.caption-grow':
    'Dots: measured here. Dashed line: time doubling with every bit, fitted to the dots (the dots alone grow ×{factor} per bit).',
  'ui.cost.extended': 'The line, carried on',
  'ui.cost.show-table': 'The measurements as a table',
  'ui.cost.table': 'Oscar’s brute-force search, measured here',
  'ui.cost.bits': 'Bits of p',
  'ui.cost.searches': 'Searches',
  'ui.cost.steps': 'Exponents tried',
  'ui.cost.per-search': 'Per search',
  // {power}: 10 raised to 10.
  'ui.cost.extrapolated':
    'Extrapolated, not measured: it also assumes a step on big numbers is as fast as here, so the real figures are larger. The universe is about 1.4 × {power} years old.',
  'ui.cost.published-heading': 'Published estimates, not measured here:',
  // {ffdh}, {ecc}: 2 raised to 112 and to 128.
  'ui.cost.published':
    'real attackers do better than trying every exponent. The number field sieve against 2048-bit finite-field Diffie-Hellman and Pollard’s rho against P-256 need about {ffdh} and {ecc} operations (NIST SP 800-57).',
  // {ffdh}, {ecc}: those operations' time at the speed measured here.
  'ui.cost.published-at-rate':
    'At one operation per exponent tried here, that is {ffdh} and {ecc}: still out of reach.',
  'ui.cost.out-of-reach': 'Still out of reach.',
  'ui.cost.plot.time': 'time per search',
  'ui.cost.plot.bits': 'bits of p',
  'ui.cost.plot.years': 'years (powers of 10)',
  'ui.cost.plot.measured':
    'Time per search against bits of p. Measured: {points}. The dashed line doubles with every bit.',
  'ui.cost.plot.point': '{bits} bits, {time}',
  // Between the points (and the real sizes) a label lists.
  'ui.cost.plot.separator': '; ',
  'ui.cost.plot.extended': 'The same line extended to real sizes: {targets}.',
  'ui.cost.plot.target': '{target}, about 10 to the power {exponent} years',
  // Beside a real size's mark: {power} is "10⁶⁰¹" written with a raised exponent.
  'ui.cost.plot.mark': '{name}: {power} y',
  'ui.cost.plot.name.ffdh-2048': '2048-bit p',
  'ui.cost.plot.name.p-256': 'P-256',
});
