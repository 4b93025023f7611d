import '../../text/messages/engine-patterns.ts';
import { describe, expect, it } from 'vitest';
import type { Packet, TraceEvent } from '../../protocol/index.ts';
import type { EngineKey } from '../../text/messages/engine.ts';
import { machinesAt } from './machines.ts';

const state = (actor: string, from: string, to: string, on: EngineKey): TraceEvent => ({
  type: 'state',
  actor,
  from,
  to,
  on: { key: on },
  narration: { key: 'narration.connected', params: { actor } },
});
const data: Packet = {
  id: 'p5',
  from: 'alice',
  to: 'bob',
  link: 'alice-bob',
  kind: 'encrypted-message',
  label: { key: 'packet.encrypted-message' },
  encrypted: true,
  channel: 'wire',
  fields: [],
};
const refused: TraceEvent = {
  type: 'packet-refused',
  actor: 'bob',
  state: 'WAIT_ACK',
  packet: data,
  narration: { key: 'narration.refused-in-state' },
};

// Alice moves twice; Bob once, then refuses a DATA packet.
const events: TraceEvent[] = [
  state('alice', 'START', 'WAIT_HELLO_ACK', 'on.hello-sent'),
  state('bob', 'LISTEN', 'WAIT_ACK', 'on.hello'),
  state('alice', 'WAIT_HELLO_ACK', 'WAIT_KEY', 'on.hello-ack'),
  refused,
];

describe('machinesAt', () => {
  it('draws the whole path from the start, one machine per party', () => {
    const [alice, bob] = machinesAt(events, 0);
    expect(alice?.actor).toBe('alice');
    expect(alice?.start).toBe('START');
    expect(alice?.moves.map((m) => `${m.on} → ${m.to}`)).toEqual([
      'HELLO sent → WAIT_HELLO_ACK',
      'HELLO+ACK → WAIT_KEY',
    ]);
    expect(bob?.actor).toBe('bob');
    expect(bob?.start).toBe('LISTEN');
  });

  it('is in its first state before any move is played', () => {
    const [alice, bob] = machinesAt(events, 0);
    expect(alice?.current).toBe('START');
    expect(alice?.taken).toBe(0);
    expect(bob?.current).toBe('LISTEN');
  });

  it('follows the cursor', () => {
    const [alice, bob] = machinesAt(events, 2);
    expect(alice?.current).toBe('WAIT_HELLO_ACK');
    expect(alice?.moves.map((m) => m.taken)).toEqual([true, false]);
    expect(bob?.current).toBe('WAIT_ACK');
    expect(machinesAt(events, 3)[0]?.current).toBe('WAIT_KEY');
  });

  it('shows a refused packet once it has been refused, with the state it met', () => {
    expect(machinesAt(events, 3)[1]?.refusals).toEqual([]);
    expect(machinesAt(events, 4)[1]?.refusals).toEqual([{ state: 'WAIT_ACK', packet: 'DATA' }]);
  });

  it('has nothing to draw for a run without states', () => {
    expect(machinesAt([refused], 1)).toEqual([]);
  });
});
