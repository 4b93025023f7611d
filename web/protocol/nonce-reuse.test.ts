import { describe, expect, it } from 'vitest';
import { generateAesKey } from '../crypto/aes.ts';
import { aesCtrEncrypt } from '../crypto/aes-ctr.ts';
import { toHex, utf8Decode, utf8Encode } from '../crypto/encoding.ts';
import { aesEncryptBlock } from '../crypto/testing/aes-block.ts';
import { xorBytes } from '../crypto/xor.ts';
import { render } from '../text/index.ts';
import { KeyCache } from './keyring.ts';
import { knowledgeAt } from './knowledge.ts';
import { eventsOfType, runForTest } from './testing.ts';
import type { Trace } from './trace.ts';

const readsOf = (trace: Trace, actor: string) =>
  eventsOfType(trace, 'message-read').filter((e) => e.actor === actor);

// Written out here, not imported: what Alice posts every morning (60 bytes in UTF-8, the
// apostrophe being three) and what she sends last under GCM (26 bytes).
const ANNOUNCEMENT = 'Good morning! Today’s payments follow in the next message.';
const CLOSING = 'End of today’s payments.';

describe('nonce reuse: the key stream cancels out', () => {
  it('AES-CTR, one counter block twice: C1 ⊕ C2 = P1 ⊕ P2', async () => {
    const key = await generateAesKey(256);
    const p1 = utf8Encode('attack at dawn, bring the maps');
    const p2 = utf8Encode('retreat at dusk');
    const first = await aesCtrEncrypt(key, p1);
    const second = await aesCtrEncrypt(key, p2, { counter: first.counter });
    expect(xorBytes(first.ciphertext, second.ciphertext)).toEqual(xorBytes(p1, p2));
    expect(utf8Decode(xorBytes(xorBytes(first.ciphertext, second.ciphertext), p1))).toBe(
      'retreat at dusk',
    );
  });

  for (const cipher of ['aes-ctr', 'aes-gcm'] as const) {
    it(`${cipher}: Oscar recovers a short second message exactly from the known first one`, async () => {
      const message = 'pay 100 to Carol, then 50 to Dave';
      const trace = await runForTest('nonce-reuse', { config: { cipher, message } });
      const oscar = readsOf(trace, 'oscar');
      expect(oscar.map((e) => e.text)).toEqual(
        cipher === 'aes-gcm' ? [message, CLOSING] : [message],
      );
      expect(oscar.every((e) => e.genuine)).toBe(true);
      expect(
        readsOf(trace, 'bob')
          .filter((e) => e.genuine)
          .map((e) => e.text),
      ).toEqual(cipher === 'aes-gcm' ? [ANNOUNCEMENT, message, CLOSING] : [ANNOUNCEMENT, message]);
    });
  }

  it('the app’s own channel never repeats an IV: the same strategy reads nothing', async () => {
    const trace = await runForTest('locked-box', { plan: { presence: 'reuse-nonce' } });
    expect(trace.outcome.readByOscar).toBe(0);
    expect(trace.outcome.recoveredBytes).toBeUndefined();
    expect(trace.outcome.forgedTagAccepted).toBeUndefined();
  });
});

describe('nonce reuse: partial recovery, counted byte by byte', () => {
  const cases = [
    // [what the secret message says, what Oscar knows of the first, recovered, total, read whole]
    [
      'longer than the known text',
      'pay 100 to Carol, 250 to Dave and 75 to Erin; keep every receipt until the month ends.',
      ANNOUNCEMENT,
      60,
      86,
      false,
    ],
    [
      'as long as the known text',
      'pay 100 to Carol and 250 to Dave; both are due by Friday 9am',
      ANNOUNCEMENT,
      60,
      60,
      true,
    ],
    ['shorter than the known text', 'pay 100 to Carol', ANNOUNCEMENT, 16, 16, true],
    ['longer than the little he knows', 'pay 100 to Carol', 'Good morning!', 13, 16, false],
    [
      'with one byte of his known text wrong',
      'pay 100 to Carol',
      `X${ANNOUNCEMENT.slice(1)}`,
      15,
      16,
      false,
    ],
  ] as const;

  it.each(cases)('secret %s', async (_name, message, known, recovered, total, whole) => {
    const trace = await runForTest('nonce-reuse', {
      config: { message },
      plan: { presence: 'reuse-nonce', known },
    });
    expect(trace.outcome.recoveredBytes).toEqual([
      { messageId: 'm2', message: 2, recovered, total },
    ]);
    expect(trace.outcome.readByOscar).toBe(whole ? 1 : 0);
    expect(trace.outcome.sent).toBe(2);
  });

  it('shows the bytes he has and marks the unknown tail', async () => {
    const message =
      'pay 100 to Carol, 250 to Dave and 75 to Erin; keep every receipt until the month ends.';
    const trace = await runForTest('nonce-reuse', { config: { message } });
    const [recovery] = eventsOfType(trace, 'plaintext-recovered');
    expect(recovery?.total).toBe(86);
    expect(utf8Decode(recovery?.bytes ?? new Uint8Array())).toBe(
      'pay 100 to Carol, 250 to Dave and 75 to Erin; keep every rec',
    );
    expect(knowledgeAt(trace.events, trace.events.length).of('oscar').partlyRead).toEqual([
      {
        messageId: 'm2',
        start: 'pay 100 to Carol, 250 to Dave and 75 to Erin; keep every rec',
        knownBytes: 60,
        unknownBytes: 26,
      },
    ]);
    expect(recovery ? render(recovery.narration) : '').toContain(
      '“pay 100 to Carol, 250 to Dave and 75 to Erin; keep every rec”, then [26 unknown bytes]',
    );
  });
});

describe('nonce reuse under GCM: the forbidden attack in the run', () => {
  it.each([
    'p',
    'pay 100 to Carol',
    'pay 100 to Carol, 50 to Dave',
    'pay 100 to Carol, 250 to Dave and 75 to Erin; keep every receipt until the month ends.',
  ])('second message “%s”: Oscar finds H, and Bob’s WebCrypto accepts his tag', async (message) => {
    const keys = new KeyCache();
    const trace = await runForTest('nonce-reuse', { config: { cipher: 'aes-gcm', message }, keys });
    const shared = await keys.preShared(256);
    const trueH = toHex(await aesEncryptBlock(shared.key.raw, new Uint8Array(16)));
    const [forgery] = eventsOfType(trace, 'tag-forged');
    expect(forgery?.hashKey).toBe(trueH);
    expect(forgery?.candidates).toContain(trueH);
    const forged = readsOf(trace, 'bob').filter((e) => !e.genuine);
    expect(forged.map((e) => e.text)).toEqual(['pay 900 to Oscar']);
    const check = eventsOfType(trace, 'check').find((c) => c.packetId === forgery?.packetId);
    expect(check).toMatchObject({ actor: 'bob', check: 'gcm-tag', passed: true });
    expect(trace.outcome).toMatchObject({
      sent: 3,
      delivered: 3,
      forgedAccepted: 1,
      forgedTagAccepted: true,
      rejected: 0,
    });
  });

  it('under AES-CTR there is no tag to forge, and no forged tag is counted', async () => {
    const trace = await runForTest('nonce-reuse');
    expect(eventsOfType(trace, 'tag-forged')).toHaveLength(0);
    expect(trace.outcome.forgedTagAccepted).toBeUndefined();
  });
});
