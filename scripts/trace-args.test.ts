import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../web/protocol/settings.ts';
import { parseTraceArgs, type ReadText, UsageError, usage } from './trace-args.ts';

const noFiles = (path: string): string => {
  throw new Error(`no file ${path} in this test`);
};

function run(args: string[], readText: ReadText = noFiles) {
  const command = parseTraceArgs(args, readText);
  if (command.kind !== 'run') throw new Error('expected a run');
  return command;
}

function refusal(args: string[], readText: ReadText = noFiles): string {
  try {
    parseTraceArgs(args, readText);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`${args.join(' ')} was accepted`);
}

describe('npm run trace arguments', () => {
  it('accept --flag value and --flag=value alike', () => {
    expect(run(['postcards', '--oscar', 'mitm']).settings.plan.presence).toBe('mitm');
    expect(run(['postcards', '--oscar=mitm']).settings.plan.presence).toBe('mitm');
    expect(run(['postcards', '--rsa=3072', '--json']).settings.config.rsaBits).toBe(3072);
    expect(run(['postcards', '--message=a=b']).settings.config.message).toBe('a=b');
  });

  it('start from the named lesson’s preset', () => {
    const { settings } = run(['tampering']);
    expect(settings.config.message).toBe('pay 100 to Carol');
    expect(settings.plan.presence).toBe('tamper');
  });

  it('refuse key sizes not written exactly as offered', () => {
    for (const bits of ['0x800', ' 2048', '2048.0', '+2048']) {
      expect(refusal(['postcards', '--rsa', bits])).toMatch(/Cannot use --rsa/);
    }
  });

  it('never take a flag as a value', () => {
    expect(refusal(['postcards', '--message', '--json'])).toMatch(
      /--message needs a value, not the flag --json/,
    );
    expect(refusal(['postcards', '--message'])).toMatch(/--message needs a value/);
    expect(run(['postcards', '--message=--json']).settings.config.message).toBe('--json');
  });

  it('read the message from a file, or from standard input with -', () => {
    const files: Record<string, string> = { 'long.txt': `${'x'.repeat(15_000)}\n`, '-': 'piped' };
    const read = (path: string) => files[path] ?? noFiles(path);
    expect(run(['postcards', '--message-file', 'long.txt'], read).settings.config.message).toBe(
      'x'.repeat(15_000),
    );
    expect(run(['postcards', '--message-file', '-'], read).settings.config.message).toBe('piped');
    expect(refusal(['postcards', '--message-file', 'missing.txt'], read)).toMatch(
      /Cannot read the message file “missing.txt”/,
    );
    expect(refusal(['postcards', '--message', 'hi', '--message-file', 'long.txt'], read)).toMatch(
      /not both/,
    );
  });

  it('refuse unknown flags, repeated flags and a forgery that cannot apply', () => {
    expect(refusal(['postcards', '--colour', 'red'])).toMatch(/Unknown flag “--colour”/);
    expect(refusal(['postcards', '--json', '--json'])).toMatch(/--json is given twice/);
    expect(refusal(['postcards', '--rsa', '1024', '--rsa=2048'])).toMatch(/given twice/);
    expect(refusal(['postcards', '--forgery', 'expired'])).toMatch(
      /only when Oscar is in the middle/,
    );
    expect(run(['certificate-authority', '--forgery', 'expired']).settings.plan).toEqual({
      presence: 'mitm',
      forgery: 'expired',
    });
  });

  it('ask the reader for at most the message limit in bytes, and pass on its refusal', () => {
    const asked: number[] = [];
    const read = (_path: string, maxBytes: number) => {
      asked.push(maxBytes);
      throw new Error('it is longer than the limit');
    };
    expect(refusal(['postcards', '--message-file', '/dev/zero'], read)).toMatch(
      /Cannot read the message file “\/dev\/zero”: it is longer than the limit/,
    );
    // 20,000 characters of at most 4 bytes in UTF-8, and a final newline.
    expect(asked).toEqual([80_002]);
  });

  it('refuse a strategy with no part in the run before running, naming those that have one', () => {
    const refused = refusal(['postcards', '--oscar', 'answer-hello']);
    expect(refused).toMatch(/^Cannot use --oscar answer-hello\. /);
    expect(refused).toContain('has no part in “A conversation on one wire”');
    expect(refused).toContain(': pick another (off, passive, mitm, tamper, forge, drop, replay,');
    expect(refusal(['handshake', '--oscar', 'mitm'])).toMatch(/answer-hello/);
  });

  it('take scripted Oscar’s moves from --moves, and refuse him without them', () => {
    expect(refusal(['two-sessions', '--oscar', 'scripted'])).toMatch(/give it with --moves/);
    expect(
      run(['two-sessions', '--oscar', 'scripted', '--moves', 'replay,drop']).settings.plan,
    ).toEqual({
      presence: 'scripted',
      steps: [
        { at: 0, move: 'replay', counting: 'alices-messages' },
        { at: 1, move: 'drop', counting: 'alices-messages' },
      ],
    });
    expect(run(['two-sessions', '--moves=pass,pass,old,steal']).settings.plan).toEqual({
      presence: 'scripted',
      steps: [
        { at: 2, move: 'splice', counting: 'alices-messages' },
        { at: null, move: 'steal' },
      ],
    });
    expect(refusal(['two-sessions', '--moves', 'replay,jump'])).toMatch(/not “jump”/);
    expect(refusal(['two-sessions', '--moves', 'steal,drop'])).toMatch(/as the last move/);
    expect(refusal(['two-sessions', '--moves', 'drop,drop,drop,drop,drop'])).toMatch(/at most 4/);
    expect(refusal(['postcards', '--moves', 'drop'])).toMatch(/only with --oscar scripted/);
    expect(refusal(['postcards', '--oscar', 'scripted', '--moves', 'drop'])).toMatch(/has no part/);
  });

  it('answer --help anywhere, and list every setting in it', () => {
    expect(parseTraceArgs(['postcards', '--help'], noFiles)).toEqual({ kind: 'help' });
    expect(parseTraceArgs(['-h'], noFiles)).toEqual({ kind: 'help' });
    for (const setting of SETTINGS) expect(usage()).toContain(`--${setting.name} `);
    expect(usage()).toContain('--message-file PATH');
    // Each name with its title and summary, from the catalogue.
    expect(usage()).toContain(
      '  postcards\n      Postcards. Plain text on a shared wire: Oscar reads every message.\n',
    );
  });

  it('--verifpal: the matrix’s defences as a Verifpal model, and nowhere else', () => {
    expect(parseTraceArgs(['matrix', '--verifpal', '--exchange', 'ecdh'], noFiles)).toMatchObject({
      kind: 'matrix',
      verifpal: true,
      json: false,
    });
    expect(refusal(['matrix', '--verifpal', '--json'])).toMatch(/not both/);
    expect(refusal(['postcards', '--verifpal'])).toMatch(/matrix only/);
    expect(refusal(['matrix', '--verifpal=yes'])).toMatch(/takes no value/);
  });
});
