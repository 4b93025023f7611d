import { describe, expect, it } from 'vitest';
import { render } from '../text/index.ts';
import { say } from '../text/messages/engine.ts';
import { eventsOfType, runForTest } from './testing.ts';
import type { Trace } from './trace.ts';

const bobRead = (trace: Trace) =>
  eventsOfType(trace, 'message-read')
    .filter((e) => e.actor === 'bob')
    .map((e) => e.text);

describe('a cross-session splice: session 1’s order 2 in the place of session 2’s', () => {
  // Pre-shared key, AES-GCM, ECDSA inside, numbers restarting at 1 in each session.
  it('numbers bound only to the message: Bob accepts it, and never sees session 2’s order 2', async () => {
    const trace = await runForTest('two-sessions', { config: { sequenceNumbers: 'on' } });
    expect(bobRead(trace)).toEqual([
      'pay 100 to Carol',
      'pay 20 to Dave',
      'pay 100 to Carol',
      'pay 20 to Dave',
    ]);
    expect(trace.outcome).toMatchObject({
      sent: 4,
      delivered: 3,
      acceptedCopies: 4,
      rejected: 0,
      missing: 1,
    });
    expect(trace.outcome.detectedBy).toBeUndefined();
  });

  it('numbers bound to the session and direction: the tag refuses it', async () => {
    const trace = await runForTest('two-sessions', { config: { sequenceNumbers: 'bound' } });
    expect(bobRead(trace)).toEqual(['pay 100 to Carol', 'pay 20 to Dave', 'pay 100 to Carol']);
    expect(trace.outcome).toMatchObject({ sent: 4, delivered: 3, rejected: 1, missing: 1 });
    expect(trace.outcome.acceptedCopies).toBeUndefined();
    expect(trace.outcome.detectedBy).toBe('gcm-tag');
    const refused = eventsOfType(trace, 'message-rejected');
    expect(refused.map((e) => render(e.reason))).toEqual([
      'the tag does not verify with this session’s id and direction: wrong key, changed bytes, or a message from another session',
    ]);
  });

  it('bound, with AES-CTR and a signature: the signature refuses it', async () => {
    const trace = await runForTest('two-sessions', {
      config: { sequenceNumbers: 'bound', cipher: 'aes-ctr' },
    });
    expect(trace.outcome).toMatchObject({ delivered: 3, rejected: 1, detectedBy: 'signature' });
  });

  it('each session starts with two fresh nonces, in the clear', async () => {
    const trace = await runForTest('two-sessions', { config: { sequenceNumbers: 'bound' } });
    const nonces = eventsOfType(trace, 'packet-sent').filter(
      (e) => e.packet.kind === 'session-nonce',
    );
    expect(nonces.map((e) => e.packet.from)).toEqual(['alice', 'bob', 'alice', 'bob']);
  });
});

describe('renumbering a copy: a number is a defence only inside what a tag or signature covers', () => {
  const renumber = { presence: 'replay', rewriteSequence: true } as const;

  it('AES-CTR, no signature: the copy is accepted and Alice’s real order 2 refused', async () => {
    const trace = await runForTest('replay', {
      config: { sequenceNumbers: 'on', cipher: 'aes-ctr', signatures: 'off' },
      plan: renumber,
    });
    expect(bobRead(trace)).toEqual(['pay 100 to Carol', 'pay 100 to Carol', 'done']);
    expect(trace.outcome).toMatchObject({
      sent: 3,
      delivered: 2,
      acceptedCopies: 3,
      rejected: 1,
    });
    const sequence = eventsOfType(trace, 'packet-sent')[0]?.packet.fields.find(
      (f) => f.name === 'sequence',
    );
    expect(render(sequence?.note ?? say('note.text'))).toContain('NOT authenticated');
  });

  it('AES-GCM, no signature: the tag refuses the copy', async () => {
    const trace = await runForTest('replay', {
      config: { sequenceNumbers: 'on', cipher: 'aes-gcm', signatures: 'off' },
      plan: renumber,
    });
    expect(trace.outcome).toMatchObject({ delivered: 3, rejected: 1, detectedBy: 'gcm-tag' });
    expect(trace.outcome.acceptedCopies).toBeUndefined();
  });

  it('AES-CTR with a signature: the signature refuses the copy', async () => {
    const trace = await runForTest('replay', {
      config: { sequenceNumbers: 'on', cipher: 'aes-ctr', signatures: 'ecdsa' },
      plan: renumber,
    });
    expect(trace.outcome).toMatchObject({ delivered: 3, rejected: 1, detectedBy: 'signature' });
    expect(trace.outcome.acceptedCopies).toBeUndefined();
  });
});

describe('bound numbers elsewhere', () => {
  it('a replay within one session is still refused by its number', async () => {
    const trace = await runForTest('replay', { config: { sequenceNumbers: 'bound' } });
    expect(trace.outcome).toMatchObject({
      delivered: 3,
      rejected: 1,
      detectedBy: 'sequence-number',
    });
  });

  it('do not stop Oscar in the middle: the session id is public, he binds his copies too', async () => {
    const trace = await runForTest('oscar-in-the-middle', {
      config: { sequenceNumbers: 'bound', signatures: 'ecdsa' },
    });
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 2, rejected: 0 });
  });
});
