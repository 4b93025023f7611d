// Every parser a user can reach, fed 1 MB built to make a backtracking or quadratic reader
// stall. Each answer must come within 100 ms in Node. The best of three timings is kept, so a
// busy machine does not fail the test; a quadratic reader takes seconds every time.
import { describe, expect, it } from 'vitest';
import { parseMatrixLink } from '../web/app/matrix-url.ts';
import { parseSandbox } from '../web/app/sandbox-url.ts';
import { fromPem } from '../web/crypto/pem.ts';
import { CATALOG } from '../web/lessons/catalog.ts';
import { messageProblem } from '../web/protocol/presets.ts';
import { parseInteger } from '../web/protocol/toy/parse-integer.ts';
import { parseProgress } from '../web/store/progress-data.ts';
import { echo } from '../web/text/text.ts';
import { parseDeckCommand } from '../web/ui/embed/deck-messages.ts';
import { readQuery } from '../web/ui/routing/link-query.ts';
import { parseRoute } from '../web/ui/routing/route.ts';
import { parseTraceArgs } from './trace-args.ts';

const MB = 1_000_000;
const BUDGET_MS = 100;

/** `unit` repeated to 1 MB. */
const fill = (unit: string, prefix = '', suffix = '') =>
  prefix + unit.repeat(Math.ceil((MB - prefix.length - suffix.length) / unit.length)) + suffix;

/** The best of three timings of `parse(input)`, in ms; whatever it returns or throws is fine. */
function timed(parse: (input: string) => unknown, input: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    try {
      parse(input);
    } catch {
      // A refusal is an answer; only the time matters here.
    }
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const INPUTS: Record<string, readonly [string, (input: string) => unknown, string][]> = {
  PEM: [
    ['BEGIN lines without an END', fromPem, fill('-----BEGIN A-----\n')],
    ['one BEGIN with a 1 MB label', fromPem, fill('A', '-----BEGIN ')],
    ['BEGIN, 1 MB of spaces, no END', fromPem, fill(' ', '-----BEGIN A-----')],
    ['dashes', fromPem, fill('-')],
    ['END lines only', fromPem, fill('-----END A-----\n')],
    [
      'a block with a 1 MB base64 body',
      fromPem,
      fill('QUJD', '-----BEGIN A-----\n', '\n-----END A-----'),
    ],
    [
      'a block with a 1 MB label that does not match',
      fromPem,
      fill('B', '-----BEGIN A-----QUJD-----END ', '-----'),
    ],
  ],
  links: [
    ['slashes', parseRoute, fill('/', '#')],
    ['a 1 MB lesson id', parseRoute, fill('a', '#/lesson/')],
    ['a 1 MB step number', parseRoute, fill('9', '#/lesson/postcards/')],
    ['question marks', parseRoute, fill('?', '#/sandbox')],
    ['malformed escapes', parseRoute, fill('%', '#/')],
    ['a query of empty pairs', readQuery, fill('&')],
    ['a query of equals signs', readQuery, fill('=')],
    ['a sandbox message of 1 MB', parseSandbox, fill('x', 'message=')],
    ['a sandbox query of unknown names', parseSandbox, fill('a=b&')],
    ['a sandbox query of one repeated name', parseSandbox, fill('rsa=1&')],
    ['escaped characters', parseSandbox, fill('%F0%9F%98%80', 'message=')],
    ['a matrix value of 1 MB', parseMatrixLink, fill('x', 'cipher=')],
    ['a matrix query of repeated rows', parseMatrixLink, fill('row=x&')],
  ],
  messages: [
    ['a 1 MB message', messageProblem, fill('x')],
    ['lone surrogates', messageProblem, fill('\uD800')],
    ['emoji', messageProblem, fill('😀')],
    ['an echo of 1 MB', echo, fill('😀')],
    [
      'a deck command of 1 MB',
      (text) => parseDeckCommand(text, 5),
      fill(' ', '{"method":"next"', '}'),
    ],
    ['a deck string that is not JSON', (text) => parseDeckCommand(text, 5), fill('{')],
    [
      'saved progress of 1 MB',
      (text) => parseProgress(text, CATALOG),
      fill('[', '{"app":"handshake-lab","version":1,"lessons":'),
    ],
    [
      'saved progress with many steps',
      (text) => parseProgress(text, CATALOG),
      fill(
        '0,',
        '{"app":"handshake-lab","version":1,"lessons":{"postcards":{"answers":{},"done":[',
        '0]}}}',
      ),
    ],
  ],
  numbers: [
    ['1 MB of digits', (text) => parseInteger(text, 'n', { min: 1n, maxDigits: 40 }), fill('9')],
    [
      'leading zeros',
      (text) => parseInteger(text, 'n', { min: 1n, maxDigits: 40 }),
      fill('0', '+', '7'),
    ],
    [
      'a sign and spaces',
      (text) => parseInteger(text, 'n', { min: 1n, maxDigits: 40 }),
      fill(' ', '−', 'x'),
    ],
    [
      'digits and a letter',
      (text) => parseInteger(text, 'n', { min: 1n, maxDigits: 40 }),
      fill('1', '', 'x'),
    ],
  ],
  'CLI flags': [
    ['a 1 MB flag', (flag) => parseTraceArgs(['postcards', flag], noFiles), fill('x', '--')],
    [
      'a 1 MB message',
      (text) => parseTraceArgs(['postcards', '--message', text], noFiles),
      fill('x'),
    ],
    ['a 1 MB value', (text) => parseTraceArgs(['postcards', `--rsa=${text}`], noFiles), fill('2')],
    ['a 1 MB name', (text) => parseTraceArgs([text], noFiles), fill('a')],
    [
      '1 MB of moves',
      (text) => parseTraceArgs(['two-sessions', '--moves', text], noFiles),
      fill('drop,'),
    ],
    [
      'a message file of 1 MB',
      (text) => parseTraceArgs(['postcards', '--message-file', 'f'], () => text),
      fill('x'),
    ],
  ],
};

function noFiles(path: string): string {
  throw new Error(`no file ${path} in this test`);
}

describe('1 MB adversarial inputs to every parser a user can reach', () => {
  for (const [parser, cases] of Object.entries(INPUTS)) {
    it.each(cases)(`${parser}: %s, within ${BUDGET_MS} ms`, (_what, parse, input) => {
      expect(input.length).toBeGreaterThanOrEqual(MB);
      expect(timed(parse, input)).toBeLessThan(BUDGET_MS);
    });
  }
});
