import { describe, expect, it } from 'vitest';
import type { RelayMode, ScenarioConfig, TopologyChoice } from './config-types.ts';
import { KeyCache } from './keyring.ts';
import { presetConfig } from './presets.ts';
import { runScenario } from './scenario.ts';
import { eventsOfType, runForTest } from './testing.ts';
import { RELAY_OSCAR_SPOTS } from './topology.ts';

const relays = (config: Partial<ScenarioConfig>, presence: 'off' | 'passive' = 'passive') =>
  runForTest('relays', { config, plan: { presence } });

describe('hop by hop (seed 002)', () => {
  it('each relay reads every message; Alice and Bob read theirs', async () => {
    const trace = await relays({ relayMode: 'hop-by-hop' }, 'off');
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0 });
    expect(trace.outcome.readBy).toEqual({ alice: 0, 'broker-1': 2, 'broker-2': 2, bob: 0 });
  });

  it('Oscar inside a broker reads everything, and no check fails', async () => {
    const trace = await relays({ relayMode: 'hop-by-hop', oscarAt: 'broker-2' });
    expect(trace.outcome).toMatchObject({ delivered: 2, readByOscar: 2, rejected: 0 });
    expect(trace.outcome.detectedBy).toBeUndefined();
    expect(trace.topology.oscar).toEqual({ on: 'relay', party: 'broker-2' });
  });

  it('every hop is its own packet on its own link', async () => {
    const trace = await relays({ relayMode: 'hop-by-hop' }, 'off');
    const firstMessage = eventsOfType(trace, 'packet-sent').filter(
      (e) => e.packet.messageId === 'm1',
    );
    expect(firstMessage.map((e) => `${e.packet.from}>${e.packet.to}@${e.packet.link}`)).toEqual([
      'alice>broker-1@alice-broker-1',
      'broker-1>broker-2@broker-1-broker-2',
      'broker-2>bob@broker-2-bob',
    ]);
  });
});

describe('end to end', () => {
  it('relays read none; Alice and Bob read every message', async () => {
    const trace = await relays({ relayMode: 'end-to-end' }, 'off');
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2 });
    expect(trace.outcome.readBy).toEqual({ alice: 0, 'broker-1': 0, 'broker-2': 0, bob: 0 });
    const read = eventsOfType(trace, 'message-read').map((e) => `${e.actor}:${e.genuine}`);
    expect(read).toEqual(['bob:true', 'alice:true']);
  });

  it('relays still see who talks to whom, in what order, and how many bytes', async () => {
    const trace = await relays({ relayMode: 'end-to-end' }, 'off');
    const seen = eventsOfType(trace, 'relayed').filter((e) => e.actor === 'broker-1');
    expect(
      seen.map((e) => `${e.metadata.origin}>${e.metadata.destination}#${e.metadata.seq}`),
    ).toEqual(['bob>alice#1', 'alice>bob#2', 'alice>bob#3', 'bob>alice#4']);
    for (const e of seen) {
      const total = e.packet.fields.reduce((sum, f) => sum + f.bytes.length, 0);
      expect(e.metadata.bytes).toBe(total);
    }
  });
});

describe('every topology, relay mode and position of Oscar', () => {
  interface Combo {
    topology: TopologyChoice;
    relayMode: RelayMode;
    oscarAt: string;
    presence: 'off' | 'passive';
  }
  const combos: Combo[] = [];
  for (const topology of ['direct', 'two-relays'] as const)
    for (const relayMode of ['group-key', 'hop-by-hop', 'end-to-end'] as const)
      for (const oscarAt of RELAY_OSCAR_SPOTS)
        for (const presence of ['off', 'passive'] as const)
          combos.push({ topology, relayMode, oscarAt, presence });

  // From first principles: a relay holds the key that opens a message unless it is end to
  // end; Oscar on a link never holds one (every key crossed a link wrapped with RSA-OAEP).
  function expected({ topology, relayMode, oscarAt, presence }: Combo) {
    const hop = topology === 'two-relays' && relayMode !== 'end-to-end';
    const insideRelay = oscarAt === 'broker-1' || oscarAt === 'broker-2';
    return {
      sent: 2,
      delivered: 2,
      readByOscar: hop && insideRelay && presence === 'passive' ? 2 : 0,
      relaysRead: hop ? 2 : 0,
    };
  }

  const keys = new KeyCache();
  it.each(combos)('%o', async (combo) => {
    const config: ScenarioConfig = {
      ...presetConfig('relays'),
      rsaBits: 1024,
      topology: combo.topology,
      relayMode: combo.relayMode,
      oscarAt: combo.oscarAt,
    };
    const trace = await runScenario('conversation', config, { presence: combo.presence }, keys);
    const want = expected(combo);
    expect(trace.outcome).toMatchObject({
      sent: want.sent,
      delivered: want.delivered,
      readByOscar: want.readByOscar,
    });
    for (const relay of ['broker-1', 'broker-2'])
      expect(trace.outcome.readBy[relay] ?? 0).toBe(want.relaysRead);
  });
});
