import { describe, expect, it } from 'vitest';
import { loadLesson } from '../lessons/load-lesson.ts';
import { stepRequest } from '../lessons/step-request.ts';
import { inPageEngine } from './in-page-engine.ts';
import { createLabStore, type LabStore } from './store.ts';
import { rememberingRuns } from './trace-cache.ts';

function computed(store: LabStore): Promise<void> {
  return new Promise((resolve) => {
    const done = () => store.getState().status === 'ready';
    if (done()) return resolve();
    const stop = store.subscribe(() => {
      if (done()) {
        stop();
        resolve();
      }
    });
  });
}

describe('opening a step whose lesson has not loaded yet', () => {
  it('opens the step asked for last, once its lesson has loaded', async () => {
    const store = createLabStore({ engine: rememberingRuns(inPageEngine()), autoplay: false });
    store.getState().openStep({ lessonId: 'tampering', stepIndex: 1 });
    store.getState().openStep({ lessonId: 'relays', stepIndex: 2 });
    expect(store.getState().position).toBeNull();
    await computed(store);
    expect(store.getState().position).toEqual({ lessonId: 'relays', stepIndex: 2 });
    expect(store.getState().lesson?.id).toBe('relays');
    expect(store.getState().scenario).toBe('relays');
  });

  it('a lesson that arrives after another step was opened does not take its place', async () => {
    const store = createLabStore({ engine: rememberingRuns(inPageEngine()), autoplay: false });
    store.getState().openStep({ lessonId: 'relays', stepIndex: 0 });
    await computed(store);
    store.getState().openStep({ lessonId: 'signatures', stepIndex: 1 });
    store.getState().openStep({ lessonId: 'relays', stepIndex: 3 });
    await loadLesson('signatures');
    await computed(store);
    expect(store.getState().position).toEqual({ lessonId: 'relays', stepIndex: 3 });
    expect(store.getState().lesson?.id).toBe('relays');
  });

  it('ignores a step the catalog does not have', () => {
    const store = createLabStore({ engine: rememberingRuns(inPageEngine()), autoplay: false });
    store.getState().openStep({ lessonId: 'postcards', stepIndex: 3 });
    store.getState().openStep({ lessonId: 'no-such-lesson', stepIndex: 0 });
    expect(store.getState().requested).toBeNull();
  });
});

describe('a page rendered ahead of time opens the step it was made with', () => {
  it('keeps the settings it stands with, so nothing that reads them renders again', async () => {
    const lesson = await loadLesson('handshake');
    const step = lesson?.steps[2];
    if (!step) throw new Error('handshake has no step 3');
    const firstRun = stepRequest(step);
    const store = createLabStore({
      engine: rememberingRuns(inPageEngine()),
      autoplay: false,
      firstRun,
    });
    store.getState().openStep({ lessonId: 'handshake', stepIndex: 2 });
    expect(store.getState().status).toBe('computing');
    expect(store.getState().config).toBe(firstRun.config);
    expect(store.getState().plan).toBe(firstRun.plan);
    await computed(store);

    // Settings that differ are new objects, as before.
    await store.getState().setConfig({ transcript: 'signed' });
    expect(store.getState().config).not.toBe(firstRun.config);
    expect(store.getState().config.transcript).toBe('signed');
  });
});
