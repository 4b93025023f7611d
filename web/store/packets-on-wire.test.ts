import { describe, expect, it } from 'vitest';
import { runForTest } from '../protocol/testing.ts';
import { packetsOnWire } from './selectors.ts';

describe('packetsOnWire', () => {
  it('lists the packets Oscar injects, so the inspector can open them', async () => {
    const trace = await runForTest('handshake', { plan: { presence: 'answer-hello' } });
    const ids = packetsOnWire(trace.events, trace.events.length).map((p) => p.id);
    // Oscar's HELLO+ACK reaches Alice: it was injected, never "sent" by anyone on the wire.
    const arrived = trace.events.flatMap((e) =>
      e.type === 'packet-delivered' && e.packet.forgedBy ? [e.packet.id] : [],
    );
    expect(arrived.length).toBeGreaterThan(0);
    for (const id of arrived) expect(ids).toContain(id);
  });
});
