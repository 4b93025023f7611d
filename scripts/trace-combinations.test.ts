import { describe, expect, it } from 'vitest';
import { KeyCache } from '../web/protocol/keyring.ts';
import { OSCAR_STRATEGIES } from '../web/protocol/oscar/registry.ts';
import { PRESET_IDS } from '../web/protocol/presets.ts';
import { runTrace } from './trace-run.ts';

const OSCAR_CHOICES = ['off', ...Object.keys(OSCAR_STRATEGIES)];
const noFiles = (path: string): string => {
  throw new Error(`no file ${path} in this test`);
};

describe('npm run trace, every name × every --oscar', () => {
  // In-process, with one key cache: the same engine and exit statuses as the command, in seconds.
  it('ends in 0 (it ran) or 2 (refused before running, saying which strategies apply), never a crash', async () => {
    const keys = new KeyCache();
    const statuses = { 0: 0, 2: 0 };
    for (const name of PRESET_IDS) {
      for (const oscar of OSCAR_CHOICES) {
        const out: string[] = [];
        const err: string[] = [];
        const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), keys };
        const status = await runTrace([name, '--oscar', oscar], { ...io, readText: noFiles });
        const what = `${name} --oscar ${oscar}: ${err.join('\n')}`;
        if (status === 0) {
          expect(err, what).toEqual([]);
          expect(out.join('').length, what).toBeGreaterThan(0);
        } else {
          expect(out, what).toEqual([]);
          // Refused: scripted needs its moves; any other strategy has no part in the run, and
          // the message lists those that have one, Oscar off first, this one not among them.
          const message = err.join('\n');
          const needsMoves = '--oscar scripted follows a script: give it with --moves';
          if (oscar === 'scripted' && name === 'two-sessions')
            expect(message, what).toContain(needsMoves);
          // Scripted Oscar has a part wherever a search move acts (the handshake too).
          else if (oscar === 'scripted' && message.includes(needsMoves)) {
            expect(message, what).not.toContain('has no part in');
          } else {
            expect(message, what).toContain('has no part in');
            const listed = message.slice(
              message.indexOf('pick another (') + 14,
              message.indexOf(').'),
            );
            expect(listed.split(', ')[0], what).toBe('off');
            expect(listed.split(', '), what).not.toContain(oscar);
          }
        }
        statuses[status]++;
      }
    }
    expect(statuses[0] + statuses[2]).toBe(PRESET_IDS.length * OSCAR_CHOICES.length);
    // Every name runs with Oscar off and with its own strategy.
    expect(statuses[0]).toBeGreaterThanOrEqual(2 * PRESET_IDS.length - 1);
    console.info(`every name × every --oscar: ${statuses[0]} ran (0), ${statuses[2]} refused (2)`);
  }, 120_000);

  it('runs scripted Oscar with the moves given', async () => {
    const out: string[] = [];
    const io = {
      out: (t: string) => out.push(t),
      err: () => {},
      keys: new KeyCache(),
      readText: noFiles,
    };
    const status = await runTrace(
      ['two-sessions', '--oscar', 'scripted', '--moves', 'replay,drop', '--json'],
      io,
    );
    expect(status).toBe(0);
    const trace = JSON.parse(out.join(''));
    expect(trace.oscar).toBe('scripted');
    // Alice's first order is sent twice, her second thrown away; the rest pass.
    const actions = trace.events
      .filter((e: { type: string }) => e.type === 'intercepted')
      .map((e: { action: { do: string } }) => e.action.do);
    expect(actions.filter((a: string) => a !== 'forward')).toEqual(['replay', 'drop']);
  }, 60_000);

  it('refuses, with status 2, a script whose move cannot act on its order', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
      keys: new KeyCache(),
      readText: noFiles,
    };
    // Alice's first order: nothing was recorded before it that could take its place.
    const status = await runTrace(['two-sessions', '--oscar', 'scripted', '--moves', 'old'], io);
    expect(status).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(
      /^The move “splice” cannot act on .+ Change that word of --moves\./,
    );
  }, 60_000);
});
