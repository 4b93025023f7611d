import { describe, expect, it } from 'vitest';
import type { Packet, TraceEvent } from '../../protocol/index.ts';
import { relaySightAt } from './relay-sight.ts';

const packet = (id: string, messageId?: string): Packet => ({
  id,
  from: 'alice',
  to: 'broker-1',
  link: 'alice-broker-1',
  kind: messageId ? 'encrypted-message' : 'public-key',
  label: { key: 'packet.message' },
  encrypted: messageId !== undefined,
  channel: 'wire',
  fields: [],
  ...(messageId ? { messageId } : {}),
});

const relayed = (id: string, seq: number, messageId?: string): TraceEvent => ({
  type: 'relayed',
  actor: 'broker-1',
  packet: packet(id, messageId),
  metadata: { origin: 'alice', destination: 'bob', seq, bytes: 80 + seq },
  narration: { key: 'narration.joined' },
});
const read: TraceEvent = {
  type: 'message-read',
  actor: 'broker-1',
  messageId: 'm1',
  text: 'hi',
  genuine: true,
  narration: { key: 'narration.joined' },
};

describe('relaySightAt', () => {
  const events = [relayed('p1', 1), relayed('p2', 2, 'm1'), read];

  it('is empty before the relay passes anything on', () => {
    expect(relaySightAt(events, 0, 'broker-1')).toBeNull();
    expect(relaySightAt(events, 3, 'broker-2')).toBeNull();
  });

  it('names who, how much and which packet, and says nothing of reading a key', () => {
    expect(relaySightAt(events, 1, 'broker-1')).toEqual({
      metadata: { origin: 'alice', destination: 'bob', seq: 1, bytes: 81 },
      readIt: null,
    });
  });

  it('says the relay read a message only once it has', () => {
    expect(relaySightAt(events, 2, 'broker-1')?.readIt).toBeNull();
    expect(relaySightAt(events, 3, 'broker-1')?.readIt).toBe(true);
  });

  it('says it passed a message on unopened once it sent it on without reading it', () => {
    const sentOn: TraceEvent = {
      type: 'packet-sent',
      actor: 'broker-1',
      packet: { ...packet('p3', 'm1'), from: 'broker-1', to: 'broker-2' },
      narration: { key: 'narration.joined' },
    };
    expect(relaySightAt([...events.slice(0, 2), sentOn], 3, 'broker-1')?.readIt).toBe(false);
  });
});
