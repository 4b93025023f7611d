import { describe, expect, it } from 'vitest';
import type { OscarPosition, Topology } from '../../protocol/index.ts';
import { layoutStage, type Place } from './layout.ts';

const links = [
  { id: 'alice-broker-1', a: 'alice', b: 'broker-1' },
  { id: 'broker-1-broker-2', a: 'broker-1', b: 'broker-2' },
  { id: 'broker-2-bob', a: 'broker-2', b: 'bob' },
];

/** Seed 002's shape with a CA: six parties. */
function sixParties(oscar: OscarPosition | null): Topology {
  return {
    parties: [
      { id: 'alice', role: 'sender' },
      { id: 'broker-1', role: 'relay' },
      { id: 'broker-2', role: 'relay' },
      { id: 'bob', role: 'recipient' },
      { id: 'oscar', role: 'attacker' },
      { id: 'ca', role: 'authority' },
    ],
    links,
    oscar,
  };
}

const direct: Topology = {
  parties: [
    { id: 'alice', role: 'sender' },
    { id: 'oscar', role: 'attacker' },
    { id: 'bob', role: 'recipient' },
    { id: 'ca', role: 'authority' },
  ],
  links: [{ id: 'alice-bob', a: 'alice', b: 'bob' }],
  oscar: { on: 'link', link: 'alice-bob' },
};

function expectNoOverlapInARow(places: ReadonlyMap<string, Place>) {
  const all = [...places.entries()];
  for (const [id, p] of all) {
    expect(p.x - p.width / 2, `${id} starts inside the stage`).toBeGreaterThanOrEqual(0);
    expect(p.x + p.width / 2, `${id} ends inside the stage`).toBeLessThanOrEqual(100);
    for (const [other, q] of all) {
      if (other === id || q.row !== p.row) continue;
      const apart = Math.abs(p.x - q.x) >= (p.width + q.width) / 2;
      expect(apart, `${id} and ${other} overlap`).toBe(true);
    }
  }
}

describe('layoutStage', () => {
  it('puts Alice, Oscar and Bob in one row, in that order, the CA above', () => {
    const { places } = layoutStage(direct);
    const x = (id: string) => places.get(id)?.x ?? Number.NaN;
    expect(x('alice')).toBeLessThan(x('oscar'));
    expect(x('oscar')).toBeLessThan(x('bob'));
    expect(places.get('oscar')?.row).toBe('wire');
    expect(places.get('ca')?.row).toBe('top');
    expectNoOverlapInARow(places);
  });

  it('lays out six parties without overlap wherever Oscar is', () => {
    const spots: OscarPosition[] = [
      ...links.map((l) => ({ on: 'link', link: l.id }) as const),
      { on: 'relay', party: 'broker-1' },
      { on: 'relay', party: 'broker-2' },
    ];
    for (const spot of [...spots, null]) {
      const { places } = layoutStage(sixParties(spot));
      expect(places.size).toBe(6);
      expectNoOverlapInARow(places);
    }
  });

  it('keeps the order along the wire: Alice, Broker 1, Broker 2, Bob', () => {
    const { places } = layoutStage(sixParties(null));
    const xs = ['alice', 'broker-1', 'broker-2', 'bob'].map((id) => places.get(id)?.x ?? 0);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('stands Oscar above the link he taps, and marks that link', () => {
    const layout = layoutStage(sixParties({ on: 'link', link: 'broker-2-bob' }));
    const b2 = layout.places.get('broker-2')?.x ?? 0;
    const bob = layout.places.get('bob')?.x ?? 0;
    expect(layout.places.get('oscar')).toMatchObject({ row: 'top', x: (b2 + bob) / 2 });
    expect(layout.links.filter((l) => l.tapped).map((l) => l.id)).toEqual(['broker-2-bob']);
    expect(layout.oscarInside).toBeNull();
  });

  it('stands Oscar over the relay he is inside, with no link tapped', () => {
    const layout = layoutStage(sixParties({ on: 'relay', party: 'broker-2' }));
    expect(layout.places.get('oscar')?.x).toBe(layout.places.get('broker-2')?.x);
    expect(layout.oscarInside).toBe('broker-2');
    expect(layout.links.some((l) => l.tapped)).toBe(false);
  });

  it('runs the wire from the first party to the last', () => {
    const layout = layoutStage(sixParties(null));
    expect(layout.wire.from).toBe(layout.places.get('alice')?.x);
    expect(layout.wire.to).toBe(layout.places.get('bob')?.x);
  });
});
