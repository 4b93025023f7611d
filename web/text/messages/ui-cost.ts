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
});
