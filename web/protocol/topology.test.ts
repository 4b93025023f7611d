import { describe, expect, it } from 'vitest';
import { runForTest } from './testing.ts';
import { directTopology, networkParties, twoRelaysTopology } from './topology.ts';

const ids = (parties: readonly { id: string }[]) => parties.map((p) => p.id);

describe('who is on the network', () => {
  it('one wire: Alice, Oscar while he is on, Bob; never the CA, who vouches from apart', () => {
    expect(ids(networkParties(directTopology({ presence: 'passive' })))).toEqual([
      'alice',
      'oscar',
      'bob',
    ]);
    expect(ids(networkParties(directTopology({ presence: 'off' })))).toEqual(['alice', 'bob']);
  });

  it('two relays: the brokers between Alice and Bob, and Oscar inside one of them', () => {
    const topology = twoRelaysTopology({ presence: 'passive' }, 'broker-1');
    expect(ids(networkParties(topology))).toEqual([
      'alice',
      'broker-1',
      'broker-2',
      'bob',
      'oscar',
    ]);
  });

  it('a run opens with each of them joining, in that order, and nothing else before', async () => {
    const relays = await runForTest('relays');
    const joined = relays.events.filter((e) => e.type === 'joined').map((e) => e.actor);
    expect(joined).toEqual(['alice', 'broker-1', 'broker-2', 'bob', 'oscar']);
    expect(relays.events.slice(0, 5).every((e) => e.type === 'joined')).toBe(true);

    const postcards = await runForTest('postcards', { plan: { presence: 'off' } });
    expect(postcards.events.filter((e) => e.type === 'joined').map((e) => e.actor)).toEqual([
      'alice',
      'bob',
    ]);
  });
});
