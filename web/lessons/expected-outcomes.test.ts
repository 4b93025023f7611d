import { describe, expect, it } from 'vitest';
import { KeyCache } from '../protocol/keyring.ts';
import { runScenario } from '../protocol/scenario.ts';
import type { Outcome } from '../protocol/types.ts';
import { LESSONS } from './index.ts';
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
}

const READS_ALL: Partial<Outcome> = { sent: 2, delivered: 2, readByOscar: 2, forgedAccepted: 0 };
const READS_NOTHING: Partial<Outcome> = {
  sent: 2,
  delivered: 2,
  readByOscar: 0,
  rejected: 0,
  forgedAccepted: 0,
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
    {
      outcome: { sent: 2, delivered: 1, missing: 1, detectedBy: 'close.signature' },
      right: 'He rejects it: the conversation was cut',
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
    { outcome: READS_ALL, right: 'No, and he read every message' },
    {
      outcome: {
        ...READS_NOTHING,
        readBy: { alice: 0, 'broker-1': 0, 'broker-2': 0, bob: 0, oscar: 0 },
      },
      right: 'None',
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
    {
      outcome: { sent: 3, delivered: 2, rejected: 0, detectedBy: 'sequence-number' },
      right: 'Yes: the numbers have a gap',
    },
    { outcome: { sent: 3, delivered: 2, rejected: 1, detectedBy: 'sequence-number' } },
  ],
  'forward-secrecy': [
    { outcome: { sent: 2, delivered: 2, readByOscar: 2, readByOscarLater: 2 } },
    { outcome: { sent: 2, delivered: 2, readByOscarLater: 2 }, right: 'All of them' },
    { outcome: READS_NOTHING, right: 'None' },
    {
      outcome: { sent: 2, delivered: 2, readByOscar: 2, readByOscarLater: 2 },
      right: 'Every recorded message',
    },
    { outcome: READS_NOTHING },
  ],
  'nonce-reuse': [
    {
      outcome: { sent: 2, delivered: 2, readByOscar: 1, forgedAccepted: 0 },
      right: 'The two ciphertexts and the first message’s text',
    },
    { outcome: { sent: 2, delivered: 2, readByOscar: 1 }, right: 'No: he read it' },
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
      const request = stepRequest(id, step, user);
      const trace = await runScenario(request.name, request.config, request.plan, keys);
      expect(trace.outcome).toMatchObject(want.outcome);
      if (want.outcome.detectedBy === undefined && want.outcome.readByOscar === 2) {
        expect(trace.outcome.detectedBy).toBeUndefined();
      }
      const right = step.question?.choices.filter((c) => c.isCorrect(trace.outcome)) ?? [];
      expect(right.map((c) => c.label)).toEqual(want.right ? [want.right] : []);
    },
  );
});
