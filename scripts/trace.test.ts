import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const trace = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/trace.ts', ...args], { encoding: 'utf8' });

describe('npm run trace', () => {
  it('prints --help to standard output and exits 0', async () => {
    const { stdout, stderr } = await trace('--help');
    expect(stdout).toMatch(/^Usage: npm run trace -- <name> \[flags\]/);
    expect(stderr).toBe('');
  });

  it('exits 2 on a mistake, saying what it was on standard error', async () => {
    const failure = await trace('postcards', '--rsa', '0x800').catch((error) => error);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/Cannot use --rsa “0x800”/);
  });

  it('stops reading a message file at the limit: /dev/zero is refused at once, without a stack', async () => {
    const failure = await trace('postcards', '--message-file', '/dev/zero').catch((error) => error);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/it is longer than 80,002 bytes/);
    expect(failure.stderr).not.toContain('    at ');
  });

  it('writes control characters in the text log out, so escapes never reach the terminal', async () => {
    const { stdout } = await trace('postcards', '--message', 'hi \u001b[2J\u001b[31mred\u0007');
    expect(stdout).toContain('hi <U+001B>[2J<U+001B>[31mred<U+0007>');
    const controls = [...stdout].filter((c) => c !== '\n' && (c < ' ' || c === '\u007f'));
    expect(controls).toEqual([]);
  });
});
