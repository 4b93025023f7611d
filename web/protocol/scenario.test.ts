import { describe, expect, it } from 'vitest';
import { aesGcmDecrypt } from '../crypto/aes.ts';
import { containsBytes } from '../crypto/bytes.ts';
import { utf8Encode } from '../crypto/encoding.ts';
import { render } from '../text/index.ts';
import { KeyCache } from './keyring.ts';
import { outcomeOf } from './outcome.ts';
import { fieldBytes } from './packets.ts';
import { DEFAULT_CONFIG, messageProblem } from './presets.ts';
import { runScenario } from './scenario.ts';
import { eventsOfType, runForTest } from './testing.ts';

describe('postcards', () => {
  it('lets a passive Oscar read every message', async () => {
    const trace = await runForTest('postcards', { config: { message: 'Meet me at noon' } });
    expect(trace.outcome).toMatchObject({
      sent: 2,
      delivered: 2,
      deliveredToBob: 1,
      readByOscar: 2,
      rejected: 0,
    });
    const oscarRead = eventsOfType(trace, 'message-read').filter((e) => e.actor === 'oscar');
    expect(oscarRead.map((e) => e.text)).toContain('Meet me at noon');
  });

  it('without Oscar, nobody but the recipients reads anything', async () => {
    const trace = await runForTest('postcards', { plan: { presence: 'off' } });
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0 });
    expect(eventsOfType(trace, 'intercepted')).toHaveLength(0);
  });
});

describe('locked-box', () => {
  it('keeps Oscar out when both already hold the key', async () => {
    const trace = await runForTest('locked-box');
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 0, rejected: 0 });
    for (const attempt of eventsOfType(trace, 'intercepted'))
      expect(attempt.attempt.readable).toBe(false);
  });
});

describe('sealed-envelope', () => {
  it('Oscar reads none, the recipients read all', async () => {
    const message = 'The vault code is 4711';
    const trace = await runForTest('sealed-envelope', { config: { message } });
    expect(trace.outcome).toMatchObject({
      sent: 2,
      delivered: 2,
      deliveredToBob: 1,
      readByOscar: 0,
      rejected: 0,
      forgedAccepted: 0,
    });
    const bobRead = eventsOfType(trace, 'message-read').filter((e) => e.actor === 'bob');
    expect(bobRead).toEqual([expect.objectContaining({ text: message, genuine: true })]);
  });

  it('wraps the session key in 256 bytes at RSA-2048', async () => {
    const trace = await runForTest('sealed-envelope', { config: { rsaBits: 2048 } });
    const wrapped = eventsOfType(trace, 'packet-sent').find((e) => e.packet.kind === 'wrapped-key');
    expect(wrapped && fieldBytes(wrapped.packet, 'wrapped key').length).toBe(256);
  });

  it('no packet on the wire contains the plaintext bytes', async () => {
    const message = 'Attack at dawn, bring the blue folder';
    const trace = await runForTest('sealed-envelope', { config: { message } });
    const plaintext = utf8Encode(message);
    const encrypted = eventsOfType(trace, 'packet-sent').filter(
      (e) => e.packet.kind === 'encrypted-message',
    );
    expect(encrypted).toHaveLength(2);
    for (const { packet } of eventsOfType(trace, 'packet-sent')) {
      for (const field of packet.fields) expect(containsBytes(field.bytes, plaintext)).toBe(false);
    }
  });

  it('Oscar really tried his own private key on the wrapped key, and failed', async () => {
    const trace = await runForTest('sealed-envelope');
    const onWrapped = eventsOfType(trace, 'intercepted').find(
      (e) => e.packet.kind === 'wrapped-key',
    );
    expect(onWrapped?.attempt).toMatchObject({ readable: false });
    expect(onWrapped ? render(onWrapped.attempt.detail) : '').toMatch(/RSA-OAEP decryption failed/);
  });

  it('changing one bit of a GCM ciphertext makes decryption fail', async () => {
    const keys = new KeyCache();
    const trace = await runForTest('locked-box', { keys });
    const { key } = await keys.preShared(DEFAULT_CONFIG.aesBits);
    const sent = eventsOfType(trace, 'packet-sent').find(
      (e) => e.packet.kind === 'encrypted-message',
    );
    if (!sent) throw new Error('no encrypted message');
    const sealed = {
      iv: fieldBytes(sent.packet, 'iv'),
      ciphertext: fieldBytes(sent.packet, 'ciphertext'),
      tag: fieldBytes(sent.packet, 'tag'),
    };
    await expect(aesGcmDecrypt(key, sealed)).resolves.toBeInstanceOf(Uint8Array);
    for (const bit of [0, 7, 8 * sealed.ciphertext.length - 1]) {
      const changed = new Uint8Array(sealed.ciphertext);
      changed[bit >> 3] = (changed[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      await expect(aesGcmDecrypt(key, { ...sealed, ciphertext: changed })).rejects.toThrow();
    }
  });

  it('works with long, emoji and right-to-left messages', async () => {
    for (const message of [
      'x'.repeat(10_000),
      'Meet at 🏛️ 3 PM 🔐',
      'נתראה בכיכר המרכזית',
      '<b>not html</b>',
    ]) {
      const trace = await runForTest('sealed-envelope', { config: { message } });
      const bobRead = eventsOfType(trace, 'message-read').find((e) => e.actor === 'bob');
      expect(bobRead?.text).toBe(message);
      expect(trace.outcome.readByOscar).toBe(0);
    }
  });
});

describe('keys', () => {
  it('are generated once per owner and size, and regenerated on clear()', async () => {
    const keys = new KeyCache();
    const first = await keys.rsa('bob', 1024);
    expect(await keys.rsa('bob', 1024)).toBe(first);
    keys.clear();
    const fresh = await keys.rsa('bob', 1024);
    expect(fresh.info.fingerprint.hex).not.toBe(first.info.fingerprint.hex);
  });
});

describe('input', () => {
  it('refuses an empty message with a hint', async () => {
    expect(messageProblem('   ')).toMatch(/Type a message/);
    await expect(
      runScenario(
        'conversation',
        { ...DEFAULT_CONFIG, message: '' },
        { presence: 'passive' },
        new KeyCache(),
      ),
    ).rejects.toThrow(/Type a message/);
  });
});

describe('outcome', () => {
  it('is derived from the events alone', async () => {
    const trace = await runForTest('postcards');
    expect(outcomeOf(trace.events)).toEqual(trace.outcome);
  });
});
