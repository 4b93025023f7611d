import { describe, expect, it } from 'vitest';
import { arrivalsFor, modifiedPacket } from './delivery.ts';
import type { Packet } from './packet-types.ts';

const packet = (id: string, bytes = [1, 2, 3]): Packet => ({
  id,
  from: 'alice',
  to: 'bob',
  link: 'alice-bob',
  kind: 'message',
  label: { key: 'packet.message' },
  encrypted: false,
  channel: 'wire',
  fields: [{ name: 'text', bytes: new Uint8Array(bytes) }],
});

describe('what arrives for each of Oscar’s actions', () => {
  const sent = packet('p2');
  const earlier = packet('p1', [9]);

  it('forward, drop, delay', () => {
    expect(arrivalsFor({ do: 'forward' }, sent, [])).toEqual([sent]);
    expect(arrivalsFor({ do: 'drop' }, sent, [])).toEqual([]);
    expect(arrivalsFor({ do: 'delay' }, sent, [])).toBe('delay');
  });

  it('inject: the packet, then his own', () => {
    const own = { ...packet('p3'), forgedBy: 'oscar' };
    expect(arrivalsFor({ do: 'inject', with: [own] }, sent, [])).toEqual([sent, own]);
  });

  it('replay: the packet, then a copy of one he saw, marked as his', () => {
    const arrived = arrivalsFor({ do: 'replay', packetId: 'p1' }, sent, [earlier, sent]);
    expect(arrived).toHaveLength(2);
    expect(arrived).toMatchObject([{ id: 'p2' }, { id: 'p1-again', forgedBy: 'oscar' }]);
    expect(() => arrivalsFor({ do: 'replay', packetId: 'p9' }, sent, [])).toThrow(/never saw/);
  });

  it('modify: one byte XORed, the rest unchanged; a byte outside the field is a bug', () => {
    const [changed] = arrivalsFor(
      { do: 'modify', field: 'text', byte: 1, xor: 0xff },
      sent,
      [],
    ) as Packet[];
    expect([...(changed?.fields[0]?.bytes ?? [])]).toEqual([1, 2 ^ 0xff, 3]);
    expect([...(sent.fields[0]?.bytes ?? [])]).toEqual([1, 2, 3]);
    expect(() => modifiedPacket(sent, 'text', 3, 1)).toThrow(/outside/);
  });
});
