import { describe, expect, it } from 'vitest';
import { toHex } from '../crypto/encoding.ts';
import type { ScenarioConfig } from './config-types.ts';
import { recordNonce } from './handshake/records.ts';
import type { OscarPlan } from './oscar/plan.ts';
import { eventsOfType, runForTest } from './testing.ts';
import type { Trace } from './trace.ts';

const handshake = (config: Partial<ScenarioConfig>, plan: OscarPlan) =>
  runForTest('handshake', { config, plan });
const tls: Partial<ScenarioConfig> = { keySchedule: 'tls13' };
// Seed 003 with its transcript and CLOSE both signed: the count-only CLOSE.
const countOnly: Partial<ScenarioConfig> = { transcript: 'signed', closeAuth: 'signed' };

const checks = (trace: Trace, id: string) =>
  eventsOfType(trace, 'check')
    .filter((c) => c.check === id)
    .map((c) => `${c.actor} ${c.passed ? 'pass' : 'FAIL'}`);
const bobRead = (trace: Trace) =>
  eventsOfType(trace, 'message-read')
    .filter((e) => e.actor === 'bob')
    .map((e) => e.messageId);

describe('the record nonce (RFC 8446 §5.3)', () => {
  it('is the IV with the 64-bit sequence number XORed into its last 8 bytes', () => {
    const iv = new Uint8Array(12).fill(0xf0);
    expect(toHex(recordNonce(iv, 0))).toBe('f0'.repeat(12));
    expect(toHex(recordNonce(iv, 1))).toBe(`${'f0'.repeat(11)}f1`);
    expect(toHex(recordNonce(iv, 0x0102))).toBe(`${'f0'.repeat(10)}f1f2`);
  });
});

describe('the handshake in TLS 1.3’s shape, nobody interfering', () => {
  it('both Finished verify, two records and close_notify open in order, nothing is truncated', async () => {
    const trace = await handshake(tls, { presence: 'passive' });
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0, rejected: 0 });
    expect(trace.outcome.detectedBy).toBeUndefined();
    expect(trace.outcome.truncated).toBeUndefined();
    expect(checks(trace, 'finished.server')).toEqual(['alice pass']);
    expect(checks(trace, 'finished.client')).toEqual(['bob pass']);
    expect(checks(trace, 'close.notify')).toEqual(['bob pass']);
    const kinds = eventsOfType(trace, 'packet-sent').map((e) => e.packet.kind);
    expect(kinds).toEqual([
      'hello',
      'hello-ack',
      'ack',
      'wrapped-key',
      'finished',
      'finished',
      'encrypted-message',
      'encrypted-message',
      'close',
    ]);
    // No IV and no number travel with a record: only its ciphertext and tag.
    const data = eventsOfType(trace, 'packet-sent').find(
      (e) => e.packet.kind === 'encrypted-message',
    );
    expect(data?.packet.fields.map((f) => f.name)).toEqual(['ciphertext', 'tag']);
  });
});

describe('replay DATA 1 in the place of DATA 2, and drop DATA 2', () => {
  it('the count-only signed CLOSE adds up: Bob read message 1 twice and closes as complete', async () => {
    const trace = await handshake(countOnly, { presence: 'replay-in-place' });
    expect(bobRead(trace)).toEqual(['m1', 'm1']);
    expect(trace.outcome).toMatchObject({
      sent: 2,
      delivered: 1,
      acceptedCopies: 2,
      missing: 1,
      rejected: 0,
    });
    expect(trace.outcome.detectedBy).toBeUndefined();
    expect(trace.outcome.truncated).toBeUndefined();
    expect(checks(trace, 'close.signature')).toEqual(['bob pass']);
  });

  it('Finished and close_notify: the copy does not open as record 1, Bob reports truncation', async () => {
    const trace = await handshake(tls, { presence: 'replay-in-place' });
    expect(bobRead(trace)).toEqual(['m1']);
    expect(trace.outcome).toMatchObject({
      sent: 2,
      delivered: 1,
      missing: 1,
      detectedBy: 'record.open',
      truncated: true,
    });
    expect(trace.outcome.acceptedCopies).toBeUndefined();
  });
});

describe('the line cut after the first message, no CLOSE forged', () => {
  it.each([
    ['seed 003, plain CLOSE', {}],
    ['seed 003, signed CLOSE', countOnly],
    ['TLS 1.3’s shape', tls],
  ] as const)('%s: reported truncated', async (_name, config) => {
    const trace = await handshake(config, { presence: 'cut-line' });
    expect(trace.outcome).toMatchObject({
      sent: 2,
      delivered: 1,
      missing: 1,
      detectedBy: 'close.received',
      truncated: true,
    });
  });
});

describe('records that were dropped, forged or changed do not open', () => {
  it.each([
    ['drop', { presence: 'drop' }, 1],
    ['forge-close', { presence: 'forge-close' }, 1],
    ['tamper', { presence: 'tamper', byte: 0, xor: 1 }, 0],
  ] as const)('%s: caught by record.open, truncated', async (_name, plan, delivered) => {
    const trace = await handshake(tls, plan);
    expect(trace.outcome).toMatchObject({ delivered, detectedBy: 'record.open', truncated: true });
  });
});

describe('key confirmation names what caught Oscar', () => {
  it('Oscar answers HELLO: Alice’s check of his Finished passes (the secret is his), Bob’s check of hers fails', async () => {
    const trace = await handshake(tls, { presence: 'answer-hello' });
    expect(checks(trace, 'finished.server')).toEqual(['alice pass']);
    expect(checks(trace, 'finished.client')).toEqual(['bob FAIL']);
    // Key confirmation does not authenticate the server: Oscar still reads what Alice sends.
    expect(trace.outcome).toMatchObject({
      sent: 2,
      readByOscar: 2,
      delivered: 0,
      detectedBy: 'finished.client',
    });
  });

  it('keys swapped in HELLO+ACK and the transcript signed with Oscar’s key: Bob’s Finished check still fails', async () => {
    const trace = await handshake(
      { ...tls, transcript: 'signed', publicKeys: 'sent-in-hello' },
      { presence: 'answer-hello' },
    );
    expect(checks(trace, 'signature.transcript')).toEqual(['alice pass']);
    expect(trace.outcome).toMatchObject({ readByOscar: 2, detectedBy: 'finished.client' });
  });

  it('one bit of HELLO+ACK changed: seed 003 notices nothing; the server’s Finished fails at Alice', async () => {
    const seed = await handshake({}, { presence: 'rewrite-hello' });
    expect(seed.outcome).toMatchObject({ sent: 2, delivered: 2 });
    expect(seed.outcome.detectedBy).toBeUndefined();
    const shaped = await handshake(tls, { presence: 'rewrite-hello' });
    expect(checks(shaped, 'finished.server')).toEqual(['alice FAIL']);
    expect(shaped.outcome).toMatchObject({ sent: 0, detectedBy: 'finished.server' });
  });
});
