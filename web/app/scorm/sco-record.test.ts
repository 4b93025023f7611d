import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../lessons/catalog.ts';
import {
  cmiValues,
  decodeRecord,
  EMPTY_RECORD,
  encodeRecord,
  lessonStatus,
  type ScoRecord,
  SUSPEND_DATA_LIMIT,
  scoreRaw,
  withFirstTry,
  withReached,
} from './sco-record.ts';

const record = (reached: number[], firstTry: [number, boolean][]): ScoRecord => ({
  reached: new Set(reached),
  firstTry: new Map(firstTry),
});

describe('suspend_data', () => {
  it('round-trips what was reached and answered', () => {
    const saved = record(
      [0, 1, 4],
      [
        [1, true],
        [4, false],
      ],
    );
    const text = encodeRecord(saved, 6);
    // Steps 0, 1, 4 reached: 0b0011, 0b0001; 1 and 4 answered; only 1 right.
    expect(text).toBe('h1.31.21.20');
    expect(decodeRecord(text, 6)).toEqual(saved);
  });

  it('stays within SCORM 1.2’s 4,096 characters for every lesson, everything done', () => {
    for (const lesson of CATALOG) {
      const steps = lesson.steps;
      const all = [...Array(steps).keys()];
      const text = encodeRecord(
        record(
          all,
          all.map((s) => [s, true]),
        ),
        steps,
      );
      expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
      expect(decodeRecord(text, steps).reached.size).toBe(steps);
    }
  });

  it('fits 5,400 steps into 4,096 characters, and refuses to write more than the limit', () => {
    const many = (n: number) => [...Array(n).keys()];
    const big = encodeRecord(
      record(
        many(5400),
        many(5400).map((s) => [s, s % 2 === 0]),
      ),
      5400,
    );
    expect(big.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(decodeRecord(big, 5400).firstTry.get(5398)).toBe(true);
    expect(decodeRecord(big, 5400).firstTry.get(5399)).toBe(false);
    expect(() => encodeRecord(record(many(5500), []), 5500)).toThrow(RangeError);
  });

  it('starts afresh from data it did not write, and drops steps the lesson no longer has', () => {
    for (const foreign of [
      '',
      'viewed=1,2,3',
      'h1.zz.0.0',
      'h2.1.0.0',
      `h1.${'f'.repeat(4100)}.0.0`,
    ])
      expect(decodeRecord(foreign, 5)).toEqual(EMPTY_RECORD);
    expect(decodeRecord('h1.ff.0.0', 3).reached).toEqual(new Set([0, 1, 2]));
  });
});

describe('status and score', () => {
  it('is completed only once every step was reached', () => {
    let saved = EMPTY_RECORD;
    for (const step of [0, 2, 1]) {
      expect(lessonStatus(saved, 3)).toBe('incomplete');
      saved = withReached(saved, step);
    }
    expect(lessonStatus(saved, 3)).toBe('completed');
  });

  it('counts only the first answer to each question', () => {
    let saved = withFirstTry(EMPTY_RECORD, 2, false);
    saved = withFirstTry(saved, 2, true);
    saved = withFirstTry(saved, 4, true);
    expect(saved.firstTry).toEqual(
      new Map([
        [2, false],
        [4, true],
      ]),
    );
    expect(scoreRaw(saved, [2, 4])).toBe(50);
    expect(scoreRaw(saved, [2, 4, 5])).toBe(33);
    expect(scoreRaw(EMPTY_RECORD, [2, 4])).toBeNull();
    expect(scoreRaw(saved, [])).toBeNull();
  });
});

describe('what a lesson reports', () => {
  const lesson = { steps: 3, questionSteps: [2] };
  it('reports the status, the step last opened, and the score once there is one', () => {
    const reached = record([0], []);
    expect(cmiValues(reached, lesson, { status: 'not attempted', stepIndex: 0 })).toEqual({
      'cmi.suspend_data': 'h1.1.0.0',
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.lesson_location': '1',
    });
    const done = record([0, 1, 2], [[2, true]]);
    expect(cmiValues(done, lesson, { status: 'incomplete', stepIndex: 2 })).toEqual({
      'cmi.suspend_data': 'h1.7.4.4',
      'cmi.core.lesson_status': 'completed',
      'cmi.core.lesson_location': '3',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.score.raw': '100',
    });
  });

  it('never takes back a completion the LMS holds', () => {
    const values = cmiValues(record([1], []), lesson, { status: 'completed', stepIndex: null });
    expect(values).toEqual({ 'cmi.suspend_data': 'h1.2.0.0' });
  });
});
