import { describe, expect, it } from 'vitest';
import { CATALOG } from '../lessons/catalog.ts';
import { LESSONS } from '../lessons/index.ts';
import { choiceLabel } from '../lessons/lesson-text.ts';
import {
  mergeProgress,
  NO_PROGRESS,
  parseProgress,
  serializeProgress,
  withAnswer,
  withStepDone,
} from './progress-data.ts';

const signatures = LESSONS.find((l) => l.id === 'signatures');
if (!signatures) throw new Error('No signatures lesson.');
const questionStep = signatures.steps.findIndex((s) => s.question);
const firstLabel = questionStep < 0 ? undefined : choiceLabel('signatures', questionStep, 0);
if (questionStep < 0 || !firstLabel) throw new Error('The signatures lesson has no question.');

const saved = (lessons: unknown) => JSON.stringify({ app: 'handshake-lab', version: 1, lessons });

describe('saved progress', () => {
  it('reads back what it wrote', () => {
    const progress = withAnswer(
      withStepDone(withStepDone(NO_PROGRESS, 'postcards', 2), 'postcards', 0),
      'signatures',
      questionStep,
      firstLabel,
    );
    const read = parseProgress(serializeProgress(progress), CATALOG)?.progress;
    expect(read).toEqual({
      lessons: {
        postcards: { done: [0, 2], answers: {} },
        signatures: { done: [], answers: { [String(questionStep)]: firstLabel } },
      },
    });
  });

  it('marking a step twice changes nothing', () => {
    const once = withStepDone(NO_PROGRESS, 'postcards', 1);
    expect(withStepDone(once, 'postcards', 1)).toBe(once);
  });

  it.each([
    ['not JSON', '{"app": "handshake-lab",'],
    ['an array', '[1, 2, 3]'],
    ['a number', '42'],
    ['another app’s data', JSON.stringify({ app: 'other', version: 1, lessons: {} })],
    ['a later version', JSON.stringify({ app: 'handshake-lab', version: 2, lessons: {} })],
    ['lessons as a list', JSON.stringify({ app: 'handshake-lab', version: 1, lessons: [] })],
    [
      'more than 100,000 characters',
      saved({ postcards: { done: [], answers: { 1: 'x'.repeat(100_000) } } }),
    ],
  ])('rejects %s, so that it is reset', (_what, text) => {
    expect(parseProgress(text, CATALOG)).toBeNull();
  });

  it.each([
    ['steps as text', { done: 'all', answers: {} }, 1, undefined],
    ['a lesson record that is not one', 'done', 1, undefined],
    ['a negative step', { done: [-1, 1], answers: {} }, 1, { done: [1], answers: {} }],
    ['a fractional step', { done: [0.5, 0], answers: {} }, 1, { done: [0], answers: {} }],
    ['an answer that is not text', { done: [2], answers: { 1: 3 } }, 1, { done: [2], answers: {} }],
    [
      'an answer under a non-step key',
      { done: [], answers: { x: 'a', 2: 'b' } },
      1,
      { done: [], answers: { 2: 'b' } },
    ],
  ])('drops %s and keeps every other entry', (_what, postcards, dropped, kept) => {
    const text = saved({ postcards, 'locked-box': { done: [0], answers: {} }, gone: 'x' });
    const read = parseProgress(text, CATALOG);
    // The entry for a lesson that does not exist is malformed too: counted, and nothing else lost.
    expect(read?.dropped).toBe(dropped + 1);
    expect(read?.progress.lessons['locked-box']).toEqual({ done: [0], answers: {} });
    expect(read?.progress.lessons.postcards).toEqual(kept);
  });

  it('drops lessons and steps that no longer exist and keeps the rest', () => {
    const text = saved({
      'a-lesson-since-removed': { done: [0], answers: {} },
      postcards: { done: [2, 0, 2, 99], answers: {} },
      signatures: {
        done: [],
        answers: { [String(questionStep)]: firstLabel, 99: firstLabel },
      },
    });
    expect(parseProgress(text, CATALOG)).toEqual({
      progress: {
        lessons: {
          postcards: { done: [0, 2], answers: {} },
          signatures: { done: [], answers: { [String(questionStep)]: firstLabel } },
        },
      },
      dropped: 0,
    });
  });

  it('never lets a saved key set an object’s prototype', () => {
    const text = `{"app":"handshake-lab","version":1,"lessons":{"__proto__":{"done":[0],"answers":{}}}}`;
    const read = parseProgress(text, CATALOG)?.progress;
    expect(read).toEqual({ lessons: {} });
    expect(Object.getPrototypeOf(read?.lessons)).toBe(Object.prototype);
  });

  it('merges two records: every step of both, the newer answer where both answered', () => {
    const a = withAnswer(withStepDone(NO_PROGRESS, 'postcards', 0), 'postcards', 2, 'old');
    const b = withAnswer(withStepDone(NO_PROGRESS, 'locked-box', 0), 'postcards', 2, 'new');
    expect(mergeProgress(a, withStepDone(b, 'postcards', 1))).toEqual({
      lessons: {
        postcards: { done: [0, 1], answers: { 2: 'new' } },
        'locked-box': { done: [0], answers: {} },
      },
    });
  });
});
