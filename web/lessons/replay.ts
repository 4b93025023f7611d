import '../text/lessons/replay.ts';
import type { Outcome } from '../protocol/index.ts';
import type { Params } from '../text/index.ts';
import { after, atEnd, detection, type Lesson } from './types.ts';

/** The keys are in place: the step tells the story of the three payment orders. */
const afterKeys = after(
  (e) => e.type === 'key-learned' && e.actor === 'bob' && e.key.kind === 'aes',
);

/** The first session is already on the stage: the step opens once Bob has read its order 2. */
const secondSession = after(
  (e) => e.type === 'message-read' && e.actor === 'bob' && e.messageId === 'm2',
);

const copies = (o: Outcome) => o.acceptedCopies ?? o.delivered;
const replayAccepted = (o: Outcome) => copies(o) > o.delivered;

/** Every explanation's parameters: the copies Bob accepted, the orders he refused or never got. */
const tally = (o: Outcome): Params => ({
  copies: copies(o),
  replayed: Math.max(0, copies(o) - o.delivered),
  sent: o.sent,
  delivered: o.delivered,
  rejected: o.rejected,
  missing: o.missing,
  ...detection(o),
});

export const replay: Lesson = {
  id: 'replay',
  seed: '003',
  steps: [
    {
      preset: 'replay',
      opensAt: afterKeys,
      pausesAt: atEnd,
      question: {
        choices: [{ isCorrect: (o) => copies(o) === 3 }, { isCorrect: (o) => copies(o) === 4 }],
        explain: tally,
      },
    },
    {
      preset: 'replay',
      config: { sequenceNumbers: 'on' },
      opensAt: afterKeys,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.detectedBy === 'sequence-number' && !replayAccepted(o),
          },
          { isCorrect: (o) => o.detectedBy === 'gcm-tag' },
          { isCorrect: replayAccepted },
        ],
        explain: tally,
      },
    },
    {
      preset: 'replay',
      config: { sequenceNumbers: 'on' },
      plan: { presence: 'replay', rewriteSequence: true },
      opensAt: afterKeys,
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => o.detectedBy === 'gcm-tag' },
          { isCorrect: (o) => o.detectedBy === 'sequence-number' },
          { isCorrect: replayAccepted },
        ],
        explain: tally,
      },
    },
    {
      preset: 'replay',
      config: { sequenceNumbers: 'on', cipher: 'aes-ctr', signatures: 'off' },
      plan: { presence: 'replay', rewriteSequence: true },
      opensAt: afterKeys,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => replayAccepted(o) && o.rejected > 0,
          },
          { isCorrect: (o) => o.rejected === 0 },
          {
            isCorrect: (o) => o.detectedBy === 'gcm-tag' && !replayAccepted(o),
          },
        ],
        explain: tally,
      },
    },
    {
      preset: 'replay',
      config: { sequenceNumbers: 'on' },
      plan: { presence: 'drop' },
      opensAt: afterKeys,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.detectedBy === 'sequence-number' && o.delivered < o.sent,
          },
          { isCorrect: (o) => o.detectedBy === undefined },
        ],
        explain: tally,
      },
    },
    {
      preset: 'replay',
      config: { sequenceNumbers: 'on' },
      plan: { presence: 'reorder' },
      opensAt: afterKeys,
      pausesAt: atEnd,
    },
    {
      preset: 'two-sessions',
      opensAt: secondSession,
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: replayAccepted },
          { isCorrect: (o) => o.rejected > 0 && !replayAccepted(o) },
        ],
        explain: tally,
      },
    },
    {
      preset: 'two-sessions',
      config: { sequenceNumbers: 'bound' },
      opensAt: secondSession,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.detectedBy === 'gcm-tag' && !replayAccepted(o),
          },
          { isCorrect: (o) => o.detectedBy === 'sequence-number' },
          { isCorrect: replayAccepted },
        ],
        explain: tally,
      },
    },
  ],
};
