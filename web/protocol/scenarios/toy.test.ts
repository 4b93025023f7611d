import { describe, expect, it } from 'vitest';
import { modPow } from '../../crypto/toy-dh.ts';
import { render } from '../../text/index.ts';
import { say } from '../../text/messages/engine.ts';
import { eventsOfType, runForTest } from '../testing.ts';
import { STAGE_GROUP } from './toy-diffie-hellman.ts';
import { bytesToNumber, numberToBytes } from './toy-numbers.ts';

describe('numbers on the wire', () => {
  it.each([0n, 1n, 255n, 256n, 300n, 4294967087n])('%s survives the trip through bytes', (n) => {
    expect(bytesToNumber(numberToBytes(n))).toBe(n);
  });
  it('300 is two bytes, 0x01 0x2c', () => {
    expect([...numberToBytes(300n)]).toEqual([0x01, 0x2c]);
  });
});

describe('seed 001’s multiplication', () => {
  it('sends n, A′ and B′ in the clear; Oscar divides, gets a = 5 and reads both messages', async () => {
    const trace = await runForTest('toy-multiplication');
    const numbers = eventsOfType(trace, 'packet-sent').filter(
      (e) => e.packet.kind === 'public-number',
    );
    expect(numbers.map((e) => render(e.packet.fields[0]?.note ?? say('note.text')))).toEqual([
      'n = 300, in the clear',
      'A′ = 1500, in the clear',
      'B′ = 2100, in the clear',
    ]);
    expect(trace.outcome.recoveries).toEqual([
      { method: 'division', bits: 9, tries: 1, secret: '5' },
    ]);
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 2 });
  });

  it('without Oscar nobody divides and nobody else reads', async () => {
    const trace = await runForTest('toy-multiplication', { plan: { presence: 'off' } });
    expect(trace.outcome.recoveries).toBeUndefined();
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0 });
  });
});

describe('toy Diffie-Hellman', () => {
  it('Oscar’s search finds an exponent that gives A, and he reads both messages', async () => {
    const trace = await runForTest('toy-diffie-hellman');
    const [recovery] = trace.outcome.recoveries ?? [];
    expect(recovery?.method).toBe('discrete-log search');
    const A = eventsOfType(trace, 'packet-sent').find((e) => render(e.packet.label).includes(' A'));
    const sentA = A ? bytesToNumber(A.packet.fields[0]?.bytes ?? new Uint8Array()) : -1n;
    expect(modPow(STAGE_GROUP.g, BigInt(recovery?.secret ?? -1), STAGE_GROUP.p)).toBe(sentA);
    expect(recovery?.tries).toBe(Number(recovery?.secret) + 1);
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 2 });
  });

  it('the cost run counts searches at 8, 12 and 16 bits: about twice the tries per bit', async () => {
    const trace = await runForTest('toy-diffie-hellman-cost');
    const costs = trace.outcome.searchCosts ?? [];
    expect(costs.map((c) => c.bits)).toEqual([8, 12, 16]);
    const first = costs[0];
    const last = costs[2];
    if (!first || !last) throw new Error('no costs');
    const perBit = (last.tries / first.tries) ** (1 / 8);
    expect(perBit).toBeGreaterThan(1.6);
    expect(perBit).toBeLessThan(2.5);
  });
});

describe('a key sent in the clear', () => {
  it('Oscar copies it and reads both messages', async () => {
    const trace = await runForTest('key-in-the-clear');
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 2 });
  });
});
