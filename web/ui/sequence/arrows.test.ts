import { describe, expect, it } from 'vitest';
import { runForTest } from '../../protocol/testing.ts';
import { sequenceAt } from './arrows.ts';

/** "HELLO alice→bob copied delivered WAIT_ACK": one line per arrow, easy to read in a failure. */
function lines(model: ReturnType<typeof sequenceAt>): string[] {
  return model.arrows.map((a) =>
    [
      a.packet.kind,
      `${a.start}→${a.end}`,
      a.marks.join('+') || '-',
      a.fate,
      a.refusedIn ? `in ${a.refusedIn}` : '',
      a.stateAfter ?? '',
    ]
      .filter(Boolean)
      .join(' '),
  );
}

describe('sequenceAt', () => {
  it('draws Oscar answering HELLO: his packets start from him, the ones he stops end at him', async () => {
    const trace = await runForTest('handshake', { plan: { presence: 'answer-hello' } });
    const model = sequenceAt(trace.events, trace.events.length, trace.topology);
    expect(model.columns).toEqual(['alice', 'oscar', 'bob']);
    // Read off the run's narrated log: Oscar answers Alice's HELLO, drops Bob's HELLO+ACK,
    // keeps Alice's ACK and sends her a key of his own; Bob, still waiting for ACK, refuses
    // both DATA packets and the CLOSE.
    expect(lines(model)).toEqual([
      'hello alice→bob copied delivered WAIT_ACK',
      'hello-ack oscar→alice injected+forged delivered WAIT_KEY',
      'hello-ack bob→oscar dropped dropped',
      'ack alice→oscar replaced replaced',
      'wrapped-key oscar→alice replaced+forged delivered ESTABLISHED',
      'encrypted-message alice→bob copied refused in WAIT_ACK WAIT_ACK',
      'encrypted-message alice→bob copied refused in WAIT_ACK WAIT_ACK',
      'close alice→bob copied refused in WAIT_ACK WAIT_ACK',
    ]);
  });

  it('follows the cursor: only packets sent so far, in flight until they arrive', async () => {
    const trace = await runForTest('handshake', { plan: { presence: 'off' } });
    const firstSent = trace.events.findIndex((e) => e.type === 'packet-sent');
    expect(sequenceAt(trace.events, firstSent, trace.topology).arrows).toEqual([]);
    const one = sequenceAt(trace.events, firstSent + 1, trace.topology);
    expect(lines(one)).toEqual(['hello alice→bob - in flight']);
    // Oscar is off: no lifeline of his.
    expect(one.columns).toEqual(['alice', 'bob']);
  });

  it('draws every hop through the relays, with Oscar inside Broker 1 marked on what it passes', async () => {
    const trace = await runForTest('relays', {
      config: { relayMode: 'end-to-end', oscarAt: 'broker-1' },
      plan: { presence: 'passive' },
    });
    const model = sequenceAt(trace.events, trace.events.length, trace.topology);
    expect(model.columns).toEqual(['alice', 'broker-1', 'broker-2', 'bob']);
    const hops = model.arrows.map((a) => `${a.start}→${a.end}`);
    // Bob's key travels to Alice, her wrapped key to Bob, then one message each way.
    const toAlice = ['bob→broker-2', 'broker-2→broker-1', 'broker-1→alice'];
    const toBob = ['alice→broker-1', 'broker-1→broker-2', 'broker-2→bob'];
    expect(hops).toEqual([...toAlice, ...toBob, ...toBob, ...toAlice]);
    expect(model.arrows.every((a) => a.fate === 'delivered')).toBe(true);
    // Oscar sees the two messages as Broker 1 receives them.
    expect(model.arrows.filter((a) => a.marks.includes('copied')).map((a) => a.key)).toHaveLength(
      2,
    );
  });

  it('draws a replayed message twice: the original reaches Bob, then Oscar’s copy does too', async () => {
    // HELLO, HELLO+ACK, ACK and the wrapped key pass; the fifth packet he sees is message 1.
    const trace = await runForTest('handshake', {
      plan: { presence: 'scripted', steps: [{ at: 4, move: 'replay' }] },
    });
    const model = sequenceAt(trace.events, trace.events.length, trace.topology);
    const messages = lines(model).filter((l) => l.startsWith('encrypted-message'));
    // Seed 003's records carry no number: Bob reads the copy as he read the original.
    expect(messages).toEqual([
      'encrypted-message alice→bob copied delivered ESTABLISHED',
      'encrypted-message alice→bob copied delivered ESTABLISHED',
      'encrypted-message oscar→bob replayed delivered ESTABLISHED',
    ]);
  });
});
