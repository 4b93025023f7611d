import { describe, expect, it } from 'vitest';
import { planFor } from './oscar/plan-for.ts';
import { eventsOfType, runForTest } from './testing.ts';

const PAY = 'pay 100 to Carol';

describe('Oscar flips bits in flight', () => {
  it('AES-CTR: Bob accepts the changed message, "pay 100" becomes "pay 900"', async () => {
    const trace = await runForTest('sealed-envelope', {
      config: { message: PAY, cipher: 'aes-ctr' },
      plan: planFor('tamper', PAY),
    });
    const bob = eventsOfType(trace, 'message-read').find((e) => e.actor === 'bob');
    expect(bob).toMatchObject({ text: 'pay 900 to Carol', genuine: false });
    expect(trace.outcome).toMatchObject({ forgedAccepted: 1, rejected: 0 });
  });

  it('AES-CTR: the change is exactly the XOR, at any byte', async () => {
    const trace = await runForTest('sealed-envelope', {
      config: { message: 'abcdef', cipher: 'aes-ctr' },
      plan: { presence: 'tamper', byte: 2, xor: 0x20 },
    });
    expect(eventsOfType(trace, 'message-read').find((e) => e.actor === 'bob')?.text).toBe('abCdef');
  });

  it('AES-GCM: the tag fails and Bob rejects the message', async () => {
    const trace = await runForTest('sealed-envelope', {
      config: { message: PAY, cipher: 'aes-gcm' },
      plan: planFor('tamper', PAY),
    });
    const check = eventsOfType(trace, 'check').find((c) => c.actor === 'bob' && !c.passed);
    expect(check?.check).toBe('gcm-tag');
    expect(trace.outcome).toMatchObject({ rejected: 1, forgedAccepted: 0, delivered: 1 });
  });
});

describe('Oscar forges a message in Alice’s name', () => {
  it('without signatures, Bob accepts a plain-text forgery', async () => {
    const trace = await runForTest('postcards', {
      plan: { presence: 'forge', text: 'pay 900 to Oscar' },
    });
    const bob = eventsOfType(trace, 'message-read').find((e) => e.actor === 'bob');
    expect(bob).toMatchObject({ text: 'pay 900 to Oscar', genuine: false });
    expect(trace.outcome).toMatchObject({ forgedAccepted: 1, rejected: 0 });
  });

  for (const signatures of ['rsa-pss', 'ecdsa', 'ed25519'] as const) {
    it(`${signatures}: his own signature does not verify as Alice’s, so Bob rejects it`, async () => {
      const trace = await runForTest('postcards', {
        config: { signatures },
        plan: { presence: 'forge', text: 'pay 900 to Oscar' },
      });
      expect(eventsOfType(trace, 'check').find((c) => !c.passed)?.check).toBe('signature');
      expect(trace.outcome).toMatchObject({ forgedAccepted: 0, rejected: 1 });
    });
  }

  it('under encryption he has no key: AES-GCM rejects his message', async () => {
    const trace = await runForTest('locked-box', {
      plan: { presence: 'forge', text: 'pay 900 to Oscar' },
    });
    expect(eventsOfType(trace, 'check').find((c) => !c.passed)?.check).toBe('gcm-tag');
    expect(trace.outcome).toMatchObject({ forgedAccepted: 0, rejected: 1 });
  });
});

describe('signatures', () => {
  for (const signatures of ['rsa-pss', 'ecdsa', 'ed25519'] as const) {
    it(`${signatures}: a tampered message fails verification and is rejected`, async () => {
      const trace = await runForTest('postcards', {
        config: { message: PAY, signatures },
        plan: planFor('tamper', PAY),
      });
      const failed = eventsOfType(trace, 'check').find((c) => !c.passed);
      expect(failed?.check).toBe('signature');
      expect(trace.outcome).toMatchObject({ rejected: 1, forgedAccepted: 0 });
    });

    it(`${signatures}: untouched messages verify`, async () => {
      const trace = await runForTest('sealed-envelope', { config: { signatures } });
      const checks = eventsOfType(trace, 'check').filter((c) => c.check === 'signature');
      expect(checks.map((c) => c.passed)).toEqual([true, true]);
    });
  }

  it('seed 004’s layout (signature in the clear) lets Oscar confirm a guess', async () => {
    const trace = await runForTest('sealed-envelope', {
      config: { message: PAY, signatures: 'ecdsa', signaturePlacement: 'clear' },
      plan: { presence: 'passive', guesses: ['pay 50 to Carol', PAY] },
    });
    const layout = eventsOfType(trace, 'packet-sent')
      .find((e) => e.packet.messageId === 'm1')
      ?.packet.fields.map((f) => f.name);
    expect(layout).toEqual(['iv', 'signature', 'ciphertext', 'tag']);
    const oscar = eventsOfType(trace, 'message-read').filter((e) => e.actor === 'oscar');
    expect(oscar).toEqual([expect.objectContaining({ text: PAY, genuine: true })]);
    expect(trace.outcome.readByOscar).toBe(1);
  });

  it('signing inside the encryption leaves him nothing to test guesses against', async () => {
    const trace = await runForTest('sealed-envelope', {
      config: { message: PAY, signatures: 'ecdsa', signaturePlacement: 'inside' },
      plan: { presence: 'passive', guesses: [PAY] },
    });
    const layout = eventsOfType(trace, 'packet-sent')
      .find((e) => e.packet.messageId === 'm1')
      ?.packet.fields.map((f) => f.name);
    expect(layout).toEqual(['iv', 'ciphertext', 'tag']);
    expect(trace.outcome).toMatchObject({ readByOscar: 0, delivered: 2 });
  });

  it('do not help when Oscar swapped the keys before the first message', async () => {
    const trace = await runForTest('oscar-in-the-middle', { config: { signatures: 'ecdsa' } });
    expect(
      eventsOfType(trace, 'check')
        .filter((c) => c.check === 'signature')
        .every((c) => c.passed),
    ).toBe(true);
    expect(trace.outcome).toMatchObject({ readByOscar: 2, delivered: 2, rejected: 0 });
  });
});
