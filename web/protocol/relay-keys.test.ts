import { describe, expect, it } from 'vitest';
import { render } from '../text/index.ts';
import type { RelayMode } from './config-types.ts';
import type { OscarPlan } from './oscar/plan.ts';
import { eventsOfType, runForTest } from './testing.ts';
import type { Trace } from './trace.ts';

const relays = (relayMode: RelayMode, oscarAt: string, plan: OscarPlan) =>
  runForTest('relays', { config: { relayMode, oscarAt }, plan });

const FORGERY = 'Change of plan: the docks at midnight.';
const forgeWithAlicesKeys: OscarPlan = { presence: 'forge', text: FORGERY, stolenFrom: 'alice' };
// "3 PM" becomes "5 PM": '3' XOR '5' = 0x06, at the '3' of the preset's message.
const threeToFive: OscarPlan = { presence: 'tamper', byte: 41, xor: 0x06 };

/** The key each hop of Alice's first message was sealed under, by link. */
function keysByLink(trace: Trace): Record<string, string> {
  const sealedUnder: Record<string, string> = {};
  for (const sent of eventsOfType(trace, 'packet-sent'))
    if (sent.packet.messageId === 'm1')
      sealedUnder[sent.packet.link] =
        render(sent.narration).match(/[0-9A-F]{2}(:[0-9A-F]{2}){3}/)?.[0] ?? '';
  return sealedUnder;
}

function bobRead(trace: Trace): string[] {
  return eventsOfType(trace, 'message-read')
    .filter((e) => e.actor === 'bob')
    .map((e) => e.text);
}

describe('hop by hop: a key per link', () => {
  it('each link has its own key, and each broker reads what it re-encrypts', async () => {
    const trace = await relays('hop-by-hop', 'broker-1-broker-2', { presence: 'off' });
    const byLink = keysByLink(trace);
    expect(Object.keys(byLink)).toEqual(['alice-broker-1', 'broker-1-broker-2', 'broker-2-bob']);
    expect(new Set(Object.values(byLink)).size).toBe(3);
    expect(trace.outcome.readBy).toMatchObject({ 'broker-1': 2, 'broker-2': 2 });
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2 });
  });

  it.each([
    ['alice-broker-1', 2],
    ['broker-1-broker-2', 0],
    ['broker-2-bob', 0],
  ])(
    'with Alice’s keys, Oscar on %s reads %i messages: one link’s key opens one link',
    async (link, read) => {
      const trace = await relays('hop-by-hop', link, { presence: 'passive', stolenFrom: 'alice' });
      expect(trace.outcome.readByOscar).toBe(read);
    },
  );

  it('a forgery sealed under Alice’s stolen key fails Bob’s tag check on another link', async () => {
    const trace = await relays('hop-by-hop', 'broker-2-bob', forgeWithAlicesKeys);
    expect(trace.outcome).toMatchObject({ forgedAccepted: 0, rejected: 1, detectedBy: 'gcm-tag' });
    expect(bobRead(trace)).not.toContain(FORGERY);
  });
});

describe('seed 002’s group key', () => {
  it('is one key on every link', async () => {
    const trace = await relays('group-key', 'broker-1-broker-2', { presence: 'off' });
    expect(new Set(Object.values(keysByLink(trace))).size).toBe(1);
  });

  it('stolen from Alice, it reads and forges on a link Alice never uses, and Bob accepts', async () => {
    const trace = await relays('group-key', 'broker-2-bob', forgeWithAlicesKeys);
    expect(bobRead(trace)).toEqual([FORGERY]);
    expect(trace.outcome).toMatchObject({ readByOscar: 2, forgedAccepted: 1, rejected: 0 });
    expect(trace.outcome.detectedBy).toBeUndefined();
  });
});

describe('a relay that alters', () => {
  it('hop by hop nobody can tell: Bob accepts the altered message', async () => {
    const trace = await relays('hop-by-hop', 'broker-1', threeToFive);
    expect(bobRead(trace)).toEqual(['I will meet you at the central square at 5 PM.']);
    expect(trace.outcome).toMatchObject({ forgedAccepted: 1, rejected: 0 });
    expect(trace.outcome.detectedBy).toBeUndefined();
  });

  it('end to end with AES-GCM the tag catches it', async () => {
    const trace = await relays('end-to-end', 'broker-1', threeToFive);
    expect(bobRead(trace)).toEqual([]);
    expect(trace.outcome).toMatchObject({ forgedAccepted: 0, rejected: 1, detectedBy: 'gcm-tag' });
  });

  it('end to end with AES-CTR and nothing that authenticates, the change goes through', async () => {
    const trace = await runForTest('relays', {
      config: { relayMode: 'end-to-end', oscarAt: 'broker-1', cipher: 'aes-ctr' },
      plan: threeToFive,
    });
    expect(trace.outcome).toMatchObject({ forgedAccepted: 1, rejected: 0 });
  });
});
