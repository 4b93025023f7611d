import { describe, expect, it } from 'vitest';
import type { ScenarioConfig } from '../config-types.ts';
import { KeyCache } from '../keyring.ts';
import type { Packet } from '../packet-types.ts';
import { runScenario } from '../scenario.ts';
import { MATRIX_DEFAULTS } from './defences.ts';
import { planOf } from './search.ts';
import { verdictOf } from './verdict.ts';

/**
 * The oracle for the search's moves, one move alone in the two-session conversation, its
 * expected result reasoned from what each defence does (not from the engine). Session 1's
 * orders are m1 "pay 100 to Carol" then m2 "pay 20 to Dave" (session 2: "pay 50 to Erin").
 */
const keys = new KeyCache();
const at = (change: Partial<ScenarioConfig>): ScenarioConfig => ({
  ...MATRIX_DEFAULTS,
  rsaBits: 1024,
  ...change,
});

/** Where the packet Oscar would act on sits among those he intercepts, in a silent run. */
async function indexOf(config: ScenarioConfig, which: (p: Packet) => boolean): Promise<number> {
  const silent = await runScenario('two-sessions', config, planOf([]), keys);
  const seen = silent.events.flatMap((e) => (e.type === 'intercepted' ? [e.packet] : []));
  const index = seen.findIndex(which);
  if (index < 0) throw new Error('no such packet');
  return index;
}

async function verdict(config: ScenarioConfig, move: string, which: (p: Packet) => boolean) {
  const step = { at: await indexOf(config, which), move };
  return verdictOf((await runScenario('two-sessions', config, planOf([step]), keys)).outcome);
}

const m = (id: string) => (p: Packet) => p.messageId === id;
const bobsKey = (p: Packet) =>
  p.from === 'bob' && (p.kind === 'public-key' || p.kind === 'key-share');

describe('The search’s moves, one at a time, against the oracle', () => {
  it('RSA transport, AES-GCM, nothing else', async () => {
    const d = at({});
    // Alice wraps the session key for his key: he reads the session's two orders.
    expect(await verdict(d, 'swap-key', bobsKey)).toMatchObject({ read: 2, winner: 'oscar' });
    // GCM's tag covers every bit.
    expect(await verdict(d, 'flip', m('m1'))).toMatchObject({
      detectedBy: 'gcm-tag',
      winner: 'caught',
    });
    // Nothing numbers the orders: a copy is paid twice, a late one is acted on last.
    expect(await verdict(d, 'replay', m('m1'))).toMatchObject({ accepted: 1, winner: 'oscar' });
    expect(await verdict(d, 'hold-back', m('m1'))).toMatchObject({ accepted: 1, winner: 'oscar' });
    expect(await verdict(d, 'drop', m('m1'))).toMatchObject({ lost: 1, detectedBy: null });
    // Session 2 has a fresh key: session 1's m1 in place of m3 fails the tag.
    expect(await verdict(d, 'splice', m('m3'))).toMatchObject({ detectedBy: 'gcm-tag' });
  });

  it('the same with sequence numbers', async () => {
    const d = at({ sequenceNumbers: 'on' });
    expect(await verdict(d, 'replay', m('m1'))).toMatchObject({ detectedBy: 'sequence-number' });
    expect(await verdict(d, 'hold-back', m('m1'))).toMatchObject({ detectedBy: 'sequence-number' });
    // The number is GCM's associated data: a copy renumbered fails the tag.
    expect(await verdict(d, 'renumber', m('m1'))).toMatchObject({ detectedBy: 'gcm-tag' });
    // A gap shows when m2 arrives; nothing follows a session's last order.
    expect(await verdict(d, 'drop', m('m1'))).toMatchObject({ detectedBy: 'sequence-number' });
    expect(await verdict(d, 'drop', m('m2'))).toMatchObject({ lost: 1, detectedBy: null });
  });

  it('a pre-shared key with numbers: session 1’s order spliced into session 2 is accepted', async () => {
    // The same key in both sessions, and numbers that start again at 1.
    const d = at({ keyExchange: 'pre-shared', sequenceNumbers: 'on' });
    expect(await verdict(d, 'splice', m('m3'))).toMatchObject({ accepted: 1, winner: 'oscar' });
  });

  it('compared by phone, a swapped key is caught', async () => {
    const d = at({ keyExchange: 'ecdh', check: 'out-of-band' });
    expect(await verdict(d, 'swap-key', bobsKey)).toMatchObject({
      detectedBy: 'fingerprint.out-of-band',
      read: 0,
    });
  });
});
