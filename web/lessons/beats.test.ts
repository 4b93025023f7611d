import { describe, expect, it } from 'vitest';
import type { Channel, Packet, PartyId, TraceEvent } from '../protocol/index.ts';
import { beatEnds, pressesToNextStep, segmentStops } from './beats.ts';

let packets = 0;
function packet(from: PartyId, to: PartyId, channel: Channel = 'wire'): Packet {
  packets++;
  return {
    id: `p${packets}`,
    from,
    to,
    kind: 'message',
    label: { key: 'packet.message' },
    encrypted: false,
    channel,
    link: `${from}-${to}`,
    fields: [],
  };
}

const said = { narration: { key: 'narration.joined' } } as const;
const joined = (actor: PartyId): TraceEvent => ({ ...said, type: 'joined', actor });
const wrote = (actor: PartyId, to: PartyId): TraceEvent => ({
  ...said,
  type: 'message-written',
  actor,
  to,
  messageId: 'm',
  text: 'hi',
});
const sent = (p: Packet): TraceEvent => ({
  ...said,
  type: 'packet-sent',
  actor: p.from,
  packet: p,
});
const copied = (p: Packet): TraceEvent => ({
  ...said,
  type: 'intercepted',
  actor: 'oscar',
  packet: p,
  action: { do: 'forward' },
  attempt: { readable: true, detail: { key: 'attempt.framing' } },
});
const arrived = (p: Packet): TraceEvent => ({
  ...said,
  type: 'packet-delivered',
  actor: p.to,
  packet: p,
});
const read = (actor: PartyId): TraceEvent => ({
  ...said,
  type: 'message-read',
  actor,
  messageId: 'm',
  text: 'hi',
  genuine: true,
});

describe('beats: one press of → per packet’s story', () => {
  const first = packet('alice', 'bob');
  const reply = packet('bob', 'alice');
  // 1-2 joined, 3 wrote, 4 sent, 5 copied, 6 arrived, 7 read | 8 wrote, 9 sent, 10 copied, 11 arrived, 12 read
  const events = [
    joined('alice'),
    joined('bob'),
    wrote('alice', 'bob'),
    sent(first),
    copied(first),
    arrived(first),
    read('bob'),
    wrote('bob', 'alice'),
    sent(reply),
    copied(reply),
    arrived(reply),
    read('alice'),
  ];

  it('ends a beat where the next sender starts to prepare the next packet', () => {
    expect(beatEnds(events)).toEqual([7, 12]);
  });

  it('keeps what was registered before the story in the first beat', () => {
    const registered = packet('ca', 'alice', 'registration');
    const withRegistration = [sent(registered), arrived(registered), ...events];
    expect(beatEnds(withRegistration)).toEqual([9, 14]);
  });

  it('keeps packets one party sends in a row, with nothing in between, in one beat', () => {
    const p = packet('alice', 'bob');
    const g = packet('alice', 'bob');
    const a = packet('alice', 'bob');
    const b = packet('bob', 'alice');
    const run = [
      ...[p, g, a].flatMap((x) => [sent(x), copied(x), arrived(x)]),
      sent(b),
      arrived(b),
      read('alice'),
      sent(a),
      arrived(a),
    ];
    expect(beatEnds(run)).toEqual([9, 12, 14]);
  });

  it('steps event by event through a run without packets', () => {
    expect(beatEnds([joined('alice'), joined('bob')])).toEqual([1, 2]);
  });

  it('stops at every beat inside a segment, at its pause, and once more to move on', () => {
    expect(segmentStops(events, { opening: 0, pause: 12 })).toEqual([7, 12]);
    expect(segmentStops(events, { opening: 0, pause: 9 })).toEqual([7, 9]);
    expect(segmentStops(events, { opening: 7, pause: 12 })).toEqual([12]);
    expect(pressesToNextStep(events, { opening: 0, pause: 12 })).toBe(3);
    expect(pressesToNextStep(events, { opening: 12, pause: 12 })).toBe(1);
  });
});
