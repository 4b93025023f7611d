import '../text/messages/engine-patterns.ts';
import { describe, expect, it } from 'vitest';
import { KeyCache, type Outcome, runScenario } from '../protocol/index.ts';
import { LESSONS } from './index.ts';
import { choiceLabel } from './lesson-text.ts';
import { stepRequest } from './step-request.ts';

/**
 * What every lesson step must compute, written by hand from what each step teaches, not
 * read from the lesson files. If Oscar's swap silently broke, "Oscar read 2 of 2" here
 * would fail even though each question would still have exactly one right answer.
 */
interface Expected {
  readonly outcome: Partial<Outcome>;
  /** The label of the right answer, when the step asks a question. */
  readonly right?: string;
  /** Nothing may be detected: Oscar's gain must go unnoticed. */
  readonly undetected?: true;
}

const READS_ALL: Partial<Outcome> = { sent: 2, delivered: 2, readByOscar: 2, forgedAccepted: 0 };
const READS_NOTHING: Partial<Outcome> = {
  sent: 2,
  delivered: 2,
  readByOscar: 0,
  rejected: 0,
  forgedAccepted: 0,
};
/** RSA transport: the stolen RSA key unwraps the recorded session key, which opens both messages. */
const RSA_STOLEN: Partial<Outcome> = {
  sent: 2,
  delivered: 2,
  readByOscar: 2,
  readByOscarLater: 2,
  keyTries: { keys: 2, packets: 3, tries: 5, opened: 3 },
};
/** Nothing recorded opens; in the session after the theft Oscar reads both messages, unseen. */
const STOLEN_SIGNING_KEY_NEXT_SESSION: Partial<Outcome> = {
  sent: 4,
  delivered: 4,
  readByOscar: 2,
  forgedAccepted: 0,
  keyTries: { keys: 1, packets: 4, tries: 4, opened: 0 },
  nextSession: { sent: 2, delivered: 2, readByOscar: 2, forgedAccepted: 0 },
};
const CAUGHT_BEFORE_SENDING: Partial<Outcome> = { sent: 0, readByOscar: 0 };

const EXPECTED: Record<string, readonly Expected[]> = {
  postcards: [
    { outcome: READS_NOTHING },
    { outcome: READS_ALL },
    { outcome: READS_ALL, right: 'Every one of them' },
  ],
  'locked-box': [
    { outcome: READS_NOTHING },
    { outcome: READS_NOTHING, right: 'None' },
    { outcome: READS_ALL, right: 'Oscar copied the key, then read everything' },
  ],
  'sealed-envelope': [
    { outcome: READS_NOTHING },
    { outcome: READS_NOTHING },
    { outcome: READS_NOTHING, right: 'None' },
    { outcome: READS_NOTHING },
  ],
  'mixing-secrets': [
    { outcome: READS_ALL },
    { outcome: READS_ALL, right: 'One division and one multiplication' },
    { outcome: READS_ALL },
    { outcome: READS_ALL, right: 'It about doubles' },
    { outcome: READS_NOTHING, right: 'None' },
  ],
  'oscar-in-the-middle': [
    { outcome: READS_NOTHING },
    { outcome: READS_ALL },
    { outcome: READS_ALL, right: 'All of them' },
    { outcome: READS_ALL, right: 'All of them' },
    { outcome: READS_ALL },
  ],
  'compare-fingerprints': [
    { outcome: READS_NOTHING },
    { outcome: READS_ALL, right: 'No, and Oscar read the messages' },
    { outcome: CAUGHT_BEFORE_SENDING, right: 'None' },
    { outcome: CAUGHT_BEFORE_SENDING },
    { outcome: READS_NOTHING },
  ],
  tampering: [
    { outcome: READS_NOTHING },
    {
      outcome: { sent: 2, readByOscar: 0, rejected: 0, forgedAccepted: 1 },
      right: 'Accepted it, with a text Alice never wrote',
    },
    { outcome: { sent: 2, readByOscar: 0, forgedAccepted: 1 } },
    {
      outcome: {
        sent: 2,
        readByOscar: 0,
        rejected: 1,
        forgedAccepted: 0,
        detectedBy: 'gcm-tag',
      },
      right: 'Bob rejected the message',
    },
  ],
  signatures: [
    { outcome: READS_NOTHING },
    {
      outcome: { sent: 2, rejected: 1, forgedAccepted: 0, detectedBy: 'signature' },
      right: 'No, the signature check failed',
    },
    {
      outcome: { sent: 2, rejected: 1, forgedAccepted: 0, detectedBy: 'signature' },
      right: 'No: it was not signed with Alice’s key',
    },
    {
      outcome: { sent: 2, delivered: 2, readByOscar: 1 },
      right: 'One: the signature confirmed his guess',
    },
    { outcome: READS_NOTHING },
    { outcome: READS_ALL, right: 'All of them' },
  ],
  'certificate-authority': [
    { outcome: READS_NOTHING },
    { outcome: CAUGHT_BEFORE_SENDING, right: 'Alice caught it and sent nothing' },
    { outcome: CAUGHT_BEFORE_SENDING },
    { outcome: READS_ALL, right: 'All of them' },
    { outcome: READS_NOTHING },
    { outcome: CAUGHT_BEFORE_SENDING },
  ],
  handshake: [
    { outcome: { ...READS_NOTHING, missing: 0 } },
    { outcome: { ...READS_NOTHING, missing: 0 }, right: 'None' },
    {
      outcome: { sent: 2, delivered: 0, readByOscar: 2, missing: 2, detectedBy: 'handshake.state' },
      right: 'Oscar, and Bob none',
    },
    {
      outcome: { ...CAUGHT_BEFORE_SENDING, detectedBy: 'signature.transcript' },
      right: 'Alice stopped before sending anything',
    },
    {
      outcome: { sent: 2, delivered: 0, readByOscar: 2, detectedBy: 'handshake.state' },
      right: 'No: he read her messages',
    },
    {
      outcome: { sent: 2, delivered: 1, readByOscar: 0, rejected: 0, missing: 1 },
      right: 'No: CLOSE looks like the end',
    },
    { outcome: { sent: 2, delivered: 1, readByOscar: 0, rejected: 0, missing: 1 } },
    // The line cut after message 1, no CLOSE forged: Bob notices the silence.
    {
      outcome: { sent: 2, delivered: 1, missing: 1, detectedBy: 'close.received', truncated: true },
      right: 'He reports the conversation as truncated',
    },
    {
      outcome: {
        sent: 2,
        delivered: 1,
        missing: 1,
        detectedBy: 'close.signature',
        truncated: true,
      },
      right: 'He rejects it: the conversation was cut',
    },
    // Message 1 again in the place of message 2: the count-only CLOSE adds up, nobody notices.
    {
      outcome: {
        sent: 2,
        delivered: 1,
        acceptedCopies: 2,
        missing: 1,
        rejected: 0,
      },
      undetected: true,
      right: 'No: he read message 1 twice and never message 2',
    },
    // Finished: Oscar's own passes at Alice, Alice's fails at Bob; he still reads her records.
    {
      outcome: { sent: 2, delivered: 0, readByOscar: 2, missing: 2, detectedBy: 'finished.client' },
      right: 'Bob’s check of Alice’s Finished; Oscar still read her messages',
    },
    // The same replay in place against numbered records and close_notify.
    {
      outcome: {
        sent: 2,
        delivered: 1,
        missing: 1,
        rejected: 1,
        detectedBy: 'record.open',
        truncated: true,
      },
      right: 'It did not open as record 1: Bob reported the conversation truncated',
    },
  ],
  relays: [
    { outcome: { ...READS_NOTHING, readBy: { alice: 0, 'broker-1': 2, 'broker-2': 2, bob: 0 } } },
    { outcome: { ...READS_NOTHING, readBy: { alice: 0, 'broker-1': 2, 'broker-2': 2, bob: 0 } } },
    { outcome: { ...READS_NOTHING, readBy: { alice: 0, 'broker-1': 2, 'broker-2': 2, bob: 0 } } },
    {
      outcome: { ...READS_NOTHING, readBy: { alice: 0, 'broker-1': 2, 'broker-2': 2, bob: 0 } },
      right: 'All of them',
    },
    // The group key from Alice's laptop opens the last link and seals Oscar's message.
    {
      outcome: { sent: 2, delivered: 1, readByOscar: 2, forgedAccepted: 1, rejected: 0 },
      right: 'Yes, and no check failed',
    },
    { outcome: { ...READS_NOTHING, readBy: { alice: 0, 'broker-1': 2, 'broker-2': 2, bob: 0 } } },
    // Alice's link key opens nothing on the last link; Bob's tag check throws the forgery away.
    {
      outcome: {
        sent: 2,
        delivered: 1,
        readByOscar: 0,
        forgedAccepted: 0,
        rejected: 1,
        detectedBy: 'gcm-tag',
      },
      right: 'Nothing: Bob’s tag check caught his message',
    },
    { outcome: READS_ALL, right: 'No, and he read every message' },
    // Inside Broker 1 he turns "3 PM" into "5 PM" before it is sealed for the next link.
    {
      outcome: { sent: 2, delivered: 1, readByOscar: 2, forgedAccepted: 1, rejected: 0 },
      right: 'No: he accepted it',
    },
    {
      outcome: {
        ...READS_NOTHING,
        readBy: { alice: 0, 'broker-1': 0, 'broker-2': 0, bob: 0, oscar: 0 },
      },
      right: 'None',
    },
    {
      outcome: {
        sent: 2,
        delivered: 1,
        readByOscar: 0,
        forgedAccepted: 0,
        rejected: 1,
        detectedBy: 'gcm-tag',
      },
      right: 'Rejected it: the GCM tag did not verify',
    },
    { outcome: READS_NOTHING },
  ],
  // Three payment orders; Oscar's copy of the first counts as a fourth accepted when nothing refuses it.
  replay: [
    {
      outcome: { sent: 3, delivered: 3, acceptedCopies: 4, rejected: 0, readByOscar: 0 },
      right: 'Four: he paid Carol twice',
    },
    {
      outcome: { sent: 3, delivered: 3, rejected: 1, detectedBy: 'sequence-number' },
      right: 'The sequence number: “sequence 1 already seen”',
    },
    {
      outcome: { sent: 3, delivered: 3, rejected: 1, detectedBy: 'gcm-tag' },
      right: 'The GCM tag',
    },
    // AES-CTR, no signature: the renumbered copy passes and Alice's real order 2 is refused.
    {
      outcome: { sent: 3, delivered: 2, acceptedCopies: 3, rejected: 1 },
      right: 'Bob refused it as already seen, and paid Carol twice',
    },
    {
      outcome: { sent: 3, delivered: 2, rejected: 0, detectedBy: 'sequence-number' },
      right: 'Yes: the numbers have a gap',
    },
    { outcome: { sent: 3, delivered: 2, rejected: 1, detectedBy: 'sequence-number' } },
    // Two sessions, four orders; session 1's order 2 in the place of session 2's.
    {
      outcome: { sent: 4, delivered: 3, acceptedCopies: 4, rejected: 0, missing: 1 },
      right: 'He accepted it in today’s place',
    },
    {
      outcome: { sent: 4, delivered: 3, rejected: 1, missing: 1, detectedBy: 'gcm-tag' },
      right: 'The GCM tag: it covers today’s session id',
    },
  ],
  'forward-secrecy': [
    { outcome: RSA_STOLEN },
    { outcome: RSA_STOLEN, right: 'All of them' },
    {
      // Bob still holds only the key his certificate vouches for: it can sign, nothing else.
      outcome: { ...READS_NOTHING, keyTries: { keys: 1, packets: 4, tries: 4, opened: 0 } },
      right: 'None',
    },
    {
      // The static key pair opens Bob's public value; the session key it gives, both messages.
      outcome: {
        sent: 2,
        readByOscarLater: 2,
        keyTries: { keys: 2, packets: 4, tries: 6, opened: 3 },
      },
      right: 'Every recorded message',
    },
    { outcome: STOLEN_SIGNING_KEY_NEXT_SESSION },
    { outcome: STOLEN_SIGNING_KEY_NEXT_SESSION, right: 'All of them' },
  ],
  'nonce-reuse': [
    {
      // "pay 100 to Carol" is 16 bytes, shorter than the 60-byte announcement he knows.
      outcome: {
        sent: 2,
        delivered: 2,
        readByOscar: 1,
        forgedAccepted: 0,
        recoveredBytes: [{ messageId: 'm2', message: 2, recovered: 16, total: 16 }],
      },
      right: 'The two ciphertexts and the first message’s text',
    },
    {
      // An 86-byte order: the announcement's 60 bytes of key stream reach 60 of them.
      outcome: {
        sent: 2,
        delivered: 2,
        readByOscar: 0,
        forgedAccepted: 0,
        recoveredBytes: [{ messageId: 'm2', message: 2, recovered: 60, total: 86 }],
      },
      right: 'Its start: as many bytes as the text he knows',
    },
    {
      // GCM: the order and the 26-byte closing line read, H found, his tag accepted.
      outcome: {
        sent: 3,
        delivered: 3,
        readByOscar: 2,
        rejected: 0,
        forgedAccepted: 1,
        forgedTagAccepted: true,
        recoveredBytes: [
          { messageId: 'm2', message: 2, recovered: 16, total: 16 },
          { messageId: 'm3', message: 3, recovered: 26, total: 26 },
        ],
      },
      right: 'No: the tag Oscar computed verified',
    },
  ],
};

const keys = new KeyCache();
const user = { rsaBits: 1024 as const };

describe.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('lesson %s', (id, lesson) => {
  const expected = EXPECTED[id] ?? [];

  it('has an expected outcome written for every step', () => {
    expect(expected).toHaveLength(lesson.steps.length);
  });

  it.each(lesson.steps.map((step, index) => [index + 1, step] as const))(
    'step %i computes the expected outcome and marks the expected answer right',
    async (n, step) => {
      const want = expected[n - 1];
      if (!want) throw new Error(`No expected outcome written for ${id} step ${n}.`);
      const request = stepRequest(step, user);
      const trace = await runScenario(request.scenario, request.config, request.plan, keys);
      expect(trace.outcome).toMatchObject(want.outcome);
      if (
        want.undetected ||
        (want.outcome.detectedBy === undefined && want.outcome.readByOscar === 2)
      ) {
        expect(trace.outcome.detectedBy).toBeUndefined();
      }
      const right = (step.question?.choices ?? []).flatMap((c, index) =>
        c.isCorrect(trace.outcome) ? [choiceLabel(id, n - 1, index)] : [],
      );
      expect(right).toEqual(want.right ? [want.right] : []);
    },
  );
});
