import { describe, expect, it } from 'vitest';
import type { ScenarioConfig, ScriptStep } from '../config-types.ts';
import { KeyCache } from '../keyring.ts';
import type { Packet } from '../packet-types.ts';
import { runScenario } from '../scenario.ts';
import { arenaConfig } from './arena-config.ts';
import { MATRIX_DEFAULTS } from './defences.ts';
import { noticedBefore } from './observable.ts';
import { planOf } from './search.ts';
import { verdictOf } from './verdict.ts';

/**
 * The search stops a line of play where Alice or Bob noticed him, and the grid counts it as
 * caught: that must hold for the checks of the handshake's TLS 1.3 shape too (Finished, a
 * record that does not open, a missing close_notify, a conversation cut short).
 */
const keys = new KeyCache();
const handshake = (change: Partial<ScenarioConfig>): ScenarioConfig => ({
  ...arenaConfig('handshake', { ...MATRIX_DEFAULTS, rsaBits: 1024 }),
  ...change,
});

/** Where the packet sits among those Oscar intercepts when he lets everything through. */
async function indexOf(config: ScenarioConfig, which: (p: Packet) => boolean): Promise<number> {
  const silent = await runScenario('handshake', config, planOf([]), keys);
  const seen = silent.events.flatMap((e) => (e.type === 'intercepted' ? [e.packet] : []));
  const index = seen.findIndex(which);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

async function play(config: ScenarioConfig, steps: ScriptStep[]) {
  const trace = await runScenario('handshake', config, planOf(steps), keys);
  return {
    verdict: verdictOf(trace.outcome),
    noticed: noticedBefore(trace.events, trace.events.length),
    truncated: trace.outcome.truncated,
  };
}

const message = (id: string) => (p: Packet) => p.messageId === id && !p.forgedBy;

describe('the search counts the handshake’s own checks as detection', () => {
  it('TLS 1.3 shape: message 1 replayed in the place of message 2 fails record.open', async () => {
    const config = handshake({ keySchedule: 'tls13' });
    const first = await indexOf(config, message('m1'));
    const second = await indexOf(config, message('m2'));
    const { verdict, noticed } = await play(config, [
      { at: first, move: 'replay' },
      { at: second, move: 'drop' },
    ]);
    expect(noticed).toBe(true);
    expect(verdict.winner).toBe('caught');
    expect(verdict.detectedBy).toBe('record.open');
  });

  it('Oscar answering HELLO under TLS 1.3’s shape: Bob’s check of the client’s Finished fails', async () => {
    const config = handshake({ keySchedule: 'tls13' });
    const hello = await indexOf(config, (p) => p.from === 'alice' && p.kind === 'hello');
    const { verdict, noticed } = await play(config, [{ at: hello, move: 'answer-hello' }]);
    // Alice finished her handshake with him, so he reads her messages; Bob's transcript is
    // not hers, so her Finished does not verify for him: he noticed, though too late.
    expect(noticed).toBe(true);
    expect(verdict.detectedBy).toBe('finished.client');
    expect(verdict.read).toBe(2);
  });

  it('the line cut after message 1: Bob reports the conversation cut short', async () => {
    for (const keySchedule of ['off', 'tls13'] as const) {
      const config = handshake({ keySchedule });
      const second = await indexOf(config, message('m2'));
      const { verdict, noticed, truncated } = await play(config, [
        { at: second, move: 'cut-line' },
      ]);
      expect(noticed).toBe(true);
      expect(truncated).toBe(true);
      expect(verdict.winner).toBe('caught');
      expect(verdict.detectedBy).toBe('close.received');
    }
  });

  it('close_notify dropped: Bob knows the end never came', async () => {
    const config = handshake({ keySchedule: 'tls13' });
    const { verdict, noticed } = await play(config, [
      { at: await indexOf(config, (p) => p.kind === 'close'), move: 'drop-close' },
    ]);
    expect(noticed).toBe(true);
    expect(verdict.winner).toBe('caught');
    expect(verdict.detectedBy).toMatch(/^close\.(received|notify)$/);
  });
});
