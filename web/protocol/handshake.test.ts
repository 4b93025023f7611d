import { describe, expect, it } from 'vitest';
import { render } from '../text/index.ts';
import type { ScenarioConfig } from './config-types.ts';
import { Machine } from './handshake/machine.ts';
import { ackPacket } from './handshake/packets.ts';
import { KeyCache } from './keyring.ts';
import type { OscarPlan } from './oscar/plan.ts';
import { messagePacket } from './packets.ts';
import { DEFAULT_CONFIG, presetConfig } from './presets.ts';
import { Run } from './run.ts';
import { eventsOfType, runForTest } from './testing.ts';
import { directTopology } from './topology.ts';

const handshake = (config: Partial<ScenarioConfig>, plan: OscarPlan) =>
  runForTest('handshake', { config, plan });

describe('state machines', () => {
  it('refuse a packet their state does not expect, and say which state they are in', () => {
    const plan: OscarPlan = { presence: 'off' };
    const run = new Run('off', null, DEFAULT_CONFIG, new KeyCache(), directTopology(plan));
    const bob = new Machine<'WAIT_ACK' | 'ESTABLISHED'>(run, 'bob', 'WAIT_ACK', {
      WAIT_ACK: ['ack'],
      ESTABLISHED: ['encrypted-message'],
    });
    const data = messagePacket(run.nextAddress('alice', 'bob'), 'm1', [], true);
    expect(bob.admits(data)).toBe(false);
    const refused = run.events.at(-1);
    expect(refused).toMatchObject({ type: 'packet-refused', actor: 'bob', state: 'WAIT_ACK' });
    expect(refused && render(refused.narration)).toBe(
      'Bob is in WAIT_ACK; a DATA packet is refused.',
    );
    expect(bob.admits(ackPacket(run.nextAddress('alice', 'bob')))).toBe(true);
    expect(bob.state).toBe('WAIT_ACK');
  });

  it('record every transition, in seed 003’s order', async () => {
    const trace = await handshake({}, { presence: 'off' });
    const moves = eventsOfType(trace, 'state').map((e) => `${e.actor}:${e.from}>${e.to}`);
    expect(moves).toEqual([
      'alice:START>WAIT_HELLO_ACK',
      'bob:LISTEN>WAIT_ACK',
      'alice:WAIT_HELLO_ACK>WAIT_KEY',
      'bob:WAIT_ACK>ESTABLISHED',
      'alice:WAIT_KEY>ESTABLISHED',
      'alice:ESTABLISHED>CLOSED',
      'bob:ESTABLISHED>CLOSED',
    ]);
    const kinds = eventsOfType(trace, 'packet-sent').map((e) => e.packet.kind);
    expect(kinds).toEqual([
      'hello',
      'hello-ack',
      'ack',
      'wrapped-key',
      'encrypted-message',
      'encrypted-message',
      'close',
    ]);
    for (const { packet } of eventsOfType(trace, 'packet-sent'))
      expect(packet.link).toBe('alice-bob');
  });
});

describe('seed 003 with a passive Oscar', () => {
  it('Bob reads both messages, Oscar none, the wrapped key defeats his own private key', async () => {
    const trace = await handshake({}, { presence: 'passive' });
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0, rejected: 0 });
    expect(trace.outcome.readBy).toEqual({ alice: 0, oscar: 0, bob: 0 });
    const onKey = eventsOfType(trace, 'intercepted').find((e) => e.packet.kind === 'wrapped-key');
    expect(onKey?.attempt.readable).toBe(false);
  });
});

describe('Oscar answers HELLO as the server', () => {
  it('with the seed as written he reads both messages; Bob, stuck in WAIT_ACK, refuses them', async () => {
    const trace = await handshake({}, { presence: 'answer-hello' });
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 0, missing: 2, readByOscar: 2 });
    // A packet refused out of turn is noticed: too late, he has read them.
    expect(trace.outcome.detectedBy).toBe('handshake.state');
    const refused = eventsOfType(trace, 'packet-refused');
    expect(refused.map((e) => `${e.actor} ${e.state} ${e.packet.kind}`)).toEqual([
      'bob WAIT_ACK encrypted-message',
      'bob WAIT_ACK encrypted-message',
      'bob WAIT_ACK close',
    ]);
    const alicesKey = eventsOfType(trace, 'key-learned').find(
      (e) => e.actor === 'alice' && e.key.kind === 'aes',
    );
    expect(alicesKey).toMatchObject({ believedOwner: 'bob', key: { owner: 'oscar' } });
  });

  it('a signed transcript, checked with Bob’s genuine key, stops Alice before she sends anything', async () => {
    const trace = await handshake({ transcript: 'signed' }, { presence: 'answer-hello' });
    expect(trace.outcome).toMatchObject({
      sent: 0,
      readByOscar: 0,
      detectedBy: 'signature.transcript',
    });
  });

  it('when the public keys travel in HELLO, the signed transcript verifies with Oscar’s key', async () => {
    const trace = await handshake(
      { transcript: 'signed', publicKeys: 'sent-in-hello' },
      { presence: 'answer-hello' },
    );
    expect(trace.outcome).toMatchObject({ sent: 2, readByOscar: 2 });
    // Only Bob, still waiting for ACK, notices: by refusing what arrives out of turn.
    expect(trace.outcome.detectedBy).toBe('handshake.state');
    const check = eventsOfType(trace, 'check').find((c) => c.check === 'signature.transcript');
    expect(check?.passed).toBe(true);
  });
});

describe('Oscar drops a packet', () => {
  it('a plain CLOSE hides it: Bob reads 1 of 2 and closes as if all was said', async () => {
    const trace = await handshake({}, { presence: 'drop' });
    expect(trace.outcome).toMatchObject({
      sent: 2,
      delivered: 1,
      missing: 1,
      readByOscar: 0,
      rejected: 0,
    });
    expect(trace.outcome.detectedBy).toBeUndefined();
    expect(eventsOfType(trace, 'state').at(-1)).toMatchObject({ actor: 'bob', to: 'CLOSED' });
  });

  it('an authenticated CLOSE gives the count away', async () => {
    const trace = await handshake({ closeAuth: 'signed' }, { presence: 'drop' });
    expect(trace.outcome).toMatchObject({ delivered: 1, detectedBy: 'close.count' });
  });
});

describe('the preset', () => {
  it('runs seed 003 with signatures on', () => {
    expect(presetConfig('handshake').signatures).not.toBe('off');
  });
});

describe('Oscar forges CLOSE', () => {
  it('a plain CLOSE: Bob closes after 1 of 2 messages, unaware', async () => {
    const trace = await handshake({}, { presence: 'forge-close' });
    expect(trace.outcome).toMatchObject({
      sent: 2,
      delivered: 1,
      missing: 1,
      rejected: 0,
      forgedAccepted: 0,
    });
    expect(trace.outcome.detectedBy).toBeUndefined();
    const closes = eventsOfType(trace, 'packet-delivered').filter((e) => e.packet.kind === 'close');
    expect(closes.map((e) => e.packet.forgedBy)).toEqual(['oscar']);
  });

  it('a signed CLOSE: his signature does not verify with Alice’s key', async () => {
    const trace = await handshake({ closeAuth: 'signed' }, { presence: 'forge-close' });
    expect(trace.outcome).toMatchObject({ delivered: 1, detectedBy: 'close.signature' });
  });
});
