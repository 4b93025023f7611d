import { describe, expect, it } from 'vitest';
import { render } from '../text/index.ts';
import { eventsOfType, runForTest } from './testing.ts';
import type { Trace } from './trace.ts';

const readsOf = (trace: Trace, actor: string) =>
  eventsOfType(trace, 'message-read').filter((e) => e.actor === actor);

describe('replay', () => {
  it('without sequence numbers Bob accepts Alice’s first order twice, each copy counted', async () => {
    const trace = await runForTest('replay');
    const paid = readsOf(trace, 'bob').filter((e) => e.text === 'pay 100 to Carol');
    expect(paid).toHaveLength(2);
    expect(paid.every((e) => e.genuine)).toBe(true);
    expect(trace.outcome).toMatchObject({ sent: 3, delivered: 3, acceptedCopies: 4, rejected: 0 });
    // The copy passed both checks that earlier lessons rely on.
    const tagChecks = eventsOfType(trace, 'check').filter((c) => c.check === 'gcm-tag');
    expect(tagChecks).toHaveLength(4);
    expect(tagChecks.every((c) => c.passed)).toBe(true);
  });

  it('in the two-way conversation too: a replayed copy is accepted', async () => {
    const trace = await runForTest('locked-box', { plan: { presence: 'replay' } });
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, acceptedCopies: 3 });
  });

  it('with sequence numbers Bob refuses the copy: “sequence 1 already seen”', async () => {
    const trace = await runForTest('replay', { config: { sequenceNumbers: 'on' } });
    const refused = eventsOfType(trace, 'message-rejected');
    expect(refused.map((e) => render(e.reason))).toEqual(['sequence 1 already seen']);
    expect(readsOf(trace, 'bob').filter((e) => e.text === 'pay 100 to Carol')).toHaveLength(1);
    expect(trace.outcome.acceptedCopies).toBeUndefined();
    expect(trace.outcome.detectedBy).toBe('sequence-number');
  });

  it('a rewritten number fails the GCM tag, because the number is associated data', async () => {
    const trace = await runForTest('replay', {
      config: { sequenceNumbers: 'on' },
      plan: { presence: 'replay', rewriteSequence: true },
    });
    expect(trace.outcome).toMatchObject({ delivered: 3, rejected: 1, detectedBy: 'gcm-tag' });
    expect(trace.outcome.acceptedCopies).toBeUndefined();
  });

  it('a number that nothing authenticates is rewritten and the copy accepted', async () => {
    const trace = await runForTest('replay', {
      config: { sequenceNumbers: 'on', cipher: 'aes-ctr', signatures: 'off' },
      plan: { presence: 'replay', rewriteSequence: true },
    });
    expect(readsOf(trace, 'bob').filter((e) => e.text === 'pay 100 to Carol')).toHaveLength(2);
    expect(eventsOfType(trace, 'message-rejected').map((e) => render(e.reason))).toEqual([
      'sequence 2 already seen',
    ]);
  });

  it('a dropped order goes unnoticed without numbers, and shows as a gap with them', async () => {
    const without = await runForTest('replay', { plan: { presence: 'drop' } });
    expect(without.outcome).toMatchObject({ sent: 3, delivered: 2 });
    expect(without.outcome.detectedBy).toBeUndefined();
    const numbered = await runForTest('replay', {
      config: { sequenceNumbers: 'on' },
      plan: { presence: 'drop' },
    });
    const gap = eventsOfType(numbered, 'check').find((c) => !c.passed);
    expect(gap ? render(gap.detail) : '').toContain('Sequence 3 arrived where 2 was expected');
  });
});

describe('forward secrecy', () => {
  it('RSA transport: a year later the stolen key opens every recorded message', async () => {
    const trace = await runForTest('forward-secrecy');
    const phase = trace.events.findIndex((e) => e.type === 'phase');
    expect(phase).toBeGreaterThan(0);
    const written = eventsOfType(trace, 'message-written').map((e) => e.text);
    const later = trace.events
      .slice(phase)
      .filter((e) => e.type === 'message-read' && e.actor === 'oscar');
    expect(later.map((e) => (e.type === 'message-read' ? e.text : ''))).toEqual(written);
    // Before the theft he read nothing.
    expect(readsOf({ ...trace, events: trace.events.slice(0, phase) }, 'oscar')).toHaveLength(0);
    expect(trace.outcome).toMatchObject({ readByOscar: 2, readByOscarLater: 2 });
  });

  it('ephemeral ECDH, signed over the transcript: the stolen keys open nothing', async () => {
    const trace = await runForTest('forward-secrecy', {
      config: { keyExchange: 'ecdh', certificates: 'on' },
    });
    expect(trace.events.some((e) => e.type === 'phase')).toBe(true);
    expect(readsOf(trace, 'oscar')).toHaveLength(0);
    expect(trace.outcome.readByOscarLater).toBeUndefined();
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0 });
  });

  it('a static ECDH key pair is a long-term key: stolen, it opens the past', async () => {
    const trace = await runForTest('forward-secrecy', {
      config: { keyExchange: 'ecdh', ephemeral: 'off' },
    });
    expect(trace.outcome).toMatchObject({ readByOscarLater: 2 });
  });

  it('ECDH key pairs and session keys are fresh in every run', async () => {
    const sessionKeys = async (ephemeral: 'on' | 'off') => {
      const trace = await runForTest('mixing-secrets', { config: { ephemeral } });
      const share = eventsOfType(trace, 'key-generated').find(
        (e) => e.actor === 'alice' && e.key.kind === 'ecdh-public',
      );
      const session = eventsOfType(trace, 'key-learned').find(
        (e) => e.actor === 'alice' && e.key.kind === 'aes',
      );
      return [share?.key.fingerprint.hex, session?.key.fingerprint.hex];
    };
    const [a, b] = [await sessionKeys('on'), await sessionKeys('on')];
    expect(a[0]).not.toBe(b[0]);
    expect(a[1]).not.toBe(b[1]);
    const [c, d] = [await sessionKeys('off'), await sessionKeys('off')];
    expect(c).toEqual(d);
  });
});
