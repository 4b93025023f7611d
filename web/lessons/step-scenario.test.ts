import { describe, expect, it } from 'vitest';
import { PRESETS, scenarioFor } from '../protocol/index.ts';
import { LESSONS } from './index.ts';
import { stepRequest } from './step-request.ts';

// What each lesson's runs are, written out: a lesson's id plays no part in routing.
const EXPECTED: Record<string, readonly string[]> = {
  'locked-box': ['conversation', 'conversation', 'key-in-the-clear'],
  'mixing-secrets': [
    'toy-multiplication',
    'toy-multiplication',
    'toy-diffie-hellman',
    'toy-diffie-hellman-cost',
    'conversation',
  ],
  handshake: Array(12).fill('handshake'),
  relays: Array(12).fill('relays'),
  replay: [...Array(6).fill('replay'), 'two-sessions', 'two-sessions'],
  'nonce-reuse': Array(3).fill('nonce-reuse'),
};

describe('each lesson step runs the scenario its preset names', () => {
  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s', (id, lesson) => {
    const ran = lesson.steps.map((step) => {
      const request = stepRequest(step);
      expect(request.scenario).toBe(step.scenario ?? PRESETS[step.preset].scenario);
      return scenarioFor(request.scenario, request.config).id;
    });
    expect(ran).toEqual(EXPECTED[id] ?? lesson.steps.map(() => 'conversation'));
  });
});
