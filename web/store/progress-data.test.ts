import { describe, expect, it } from 'vitest';
import { CATALOG } from '../lessons/catalog.ts';
import { LESSONS } from '../lessons/index.ts';
import {
  NO_PROGRESS,
  parseProgress,
  serializeProgress,
  withAnswer,
  withStepDone,
} from './progress-data.ts';

const signatures = LESSONS.find((l) => l.id === 'signatures');
if (!signatures) throw new Error('No signatures lesson.');
const questionStep = signatures.steps.findIndex((s) => s.question);
const firstLabel = signatures.steps[questionStep]?.question?.choices[0]?.label;
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
    const read = parseProgress(serializeProgress(progress), CATALOG);
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
    ['steps as text', saved({ postcards: { done: 'all', answers: {} } })],
    ['a negative step', saved({ postcards: { done: [-1], answers: {} } })],
    ['a fractional step', saved({ postcards: { done: [0.5], answers: {} } })],
    ['an answer that is not text', saved({ postcards: { done: [], answers: { 1: 3 } } })],
    ['an answer under a non-step key', saved({ postcards: { done: [], answers: { x: 'a' } } })],
  ])('rejects %s, so that it is reset', (_what, text) => {
    expect(parseProgress(text, CATALOG)).toBeNull();
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
      lessons: {
        postcards: { done: [0, 2], answers: {} },
        signatures: { done: [], answers: { [String(questionStep)]: firstLabel } },
      },
    });
  });

  it('never lets a saved key set an object’s prototype', () => {
    const text = `{"app":"handshake-lab","version":1,"lessons":{"__proto__":{"done":[0],"answers":{}}}}`;
    const read = parseProgress(text, CATALOG);
    expect(read).toEqual({ lessons: {} });
    expect(Object.getPrototypeOf(read?.lessons)).toBe(Object.prototype);
  });
});
