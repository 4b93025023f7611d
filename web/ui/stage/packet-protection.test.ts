import { describe, expect, it } from 'vitest';
import { eventsOfType, runForTest } from '../../protocol/testing.ts';
import { protectionOf } from './packet-protection.ts';

describe('a packet’s protection, read from real runs', () => {
  it('postcards: the message travels open, nothing else', async () => {
    const trace = await runForTest('postcards');
    const sent = eventsOfType(trace, 'packet-sent').map((e) => e.packet);
    expect(sent.length).toBeGreaterThan(0);
    for (const packet of sent) expect(protectionOf(packet, false)).toEqual(['open']);
  });

  it('sealed envelope: the wrapped key and the messages are locked, Bob’s public key is open', async () => {
    const trace = await runForTest('sealed-envelope');
    const sent = eventsOfType(trace, 'packet-sent').map((e) => e.packet);
    const publicKey = sent.find((p) => p.kind === 'public-key');
    const locked = sent.filter((p) => p.kind === 'wrapped-key' || p.kind === 'encrypted-message');
    expect(publicKey && protectionOf(publicKey, false)).toEqual(['open']);
    expect(locked.length).toBeGreaterThanOrEqual(2);
    for (const packet of locked) expect(protectionOf(packet, false)).toEqual(['locked']);
  });

  it('signatures in the clear: the message is locked and signed', async () => {
    const trace = await runForTest('signatures');
    const message = eventsOfType(trace, 'packet-sent').find(
      (e) => e.packet.kind === 'encrypted-message',
    )?.packet;
    expect(message && protectionOf(message, false)).toEqual(['locked', 'signed']);
  });

  it('signed inside: the signature is under the encryption, so the wire shows it locked only', async () => {
    const trace = await runForTest('signatures', { config: { signaturePlacement: 'inside' } });
    const message = eventsOfType(trace, 'packet-sent').find(
      (e) => e.packet.kind === 'encrypted-message',
    )?.packet;
    expect(message && protectionOf(message, false)).toEqual(['locked']);
  });

  it('Oscar in the middle: what Oscar puts in place is forged, what Bob sent is not', async () => {
    const trace = await runForTest('oscar-in-the-middle');
    const swaps = eventsOfType(trace, 'intercepted').filter((e) => e.result !== undefined);
    expect(swaps.length).toBeGreaterThan(0);
    for (const swap of swaps) {
      expect(protectionOf(swap.packet, false)).not.toContain('forged');
      if (swap.result) expect(protectionOf(swap.result, false)).toContain('forged');
    }
  });

  it('tampering: the packet Oscar changed in flight is forged', async () => {
    const trace = await runForTest('tampering');
    const changed = eventsOfType(trace, 'intercepted').flatMap((e) => (e.result ? [e.result] : []));
    expect(changed.length).toBeGreaterThan(0);
    for (const packet of changed) expect(protectionOf(packet, false)).toEqual(['locked', 'forged']);
  });
});
