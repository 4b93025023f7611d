import { describe, expect, it } from 'vitest';
import { inPageEngine } from './in-page-engine.ts';
import type { LessonPosition } from './lab-state.ts';
import { createLabStore, type LabStore } from './store.ts';
import { rememberingRuns } from './trace-cache.ts';

/** Resolves once the run asked for has been computed and loaded. */
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

async function press(store: LabStore, key: 'forward' | 'back'): Promise<void> {
  store.getState()[key]();
  await computed(store);
}

function lastShown(store: LabStore) {
  const { trace, shown } = store.getState();
  return trace?.events[shown - 1];
}

describe('steps with an end (sealed envelope)', () => {
  const start: LessonPosition = { lessonId: 'sealed-envelope', stepIndex: 0 };

  it('plays a step’s own part, pauses where its words stop, and → opens the next step', async () => {
    const store = createLabStore({ engine: rememberingRuns(inPageEngine()), autoplay: false });
    store.getState().openStep(start);
    await computed(store);
    expect(store.getState().shown).toBe(0);

    // Step 1 is about Bob's public key reaching Alice: one beat, then the pause.
    await press(store, 'forward');
    expect(lastShown(store)).toMatchObject({ type: 'key-learned', actor: 'alice' });
    expect(store.getState().position?.stepIndex).toBe(0);
    const pause = store.getState().shown;

    await press(store, 'forward');
    expect(store.getState().position?.stepIndex).toBe(1);
    // Step 2 opens with everything before on stage, nothing played yet.
    expect(store.getState().shown).toBe(pause);
    expect(store.getState().playing).toBe(false);

    await press(store, 'forward');
    expect(lastShown(store)).toMatchObject({ type: 'key-learned', actor: 'bob' });
    await press(store, 'forward');
    expect(store.getState().position?.stepIndex).toBe(2);
  });

  it('← at a step’s opening goes back to the previous step’s pause', async () => {
    const store = createLabStore({ engine: rememberingRuns(inPageEngine()), autoplay: false });
    store.getState().openStep({ ...start, stepIndex: 1 });
    await computed(store);
    const opening = store.getState().shown;
    expect(lastShown(store)).toMatchObject({ type: 'key-learned', actor: 'alice' });

    await press(store, 'forward');
    await press(store, 'back');
    expect(store.getState().shown).toBe(opening);
    expect(store.getState().position?.stepIndex).toBe(1);

    await press(store, 'back');
    expect(store.getState().position?.stepIndex).toBe(0);
    expect(store.getState().shown).toBe(opening);
    expect(lastShown(store)).toMatchObject({ type: 'key-learned', actor: 'alice' });
  });

  it('in the page, → and ← open the step at once and the URL follows: no press is lost meanwhile', async () => {
    // The page's navigator only changes the URL; the page follows it a render later.
    const asked: LessonPosition[] = [];
    const store = createLabStore({
      engine: rememberingRuns(inPageEngine()),
      autoplay: false,
      navigate: (p) => void asked.push(p),
    });
    store.getState().openStep(start);
    await computed(store);
    await press(store, 'forward');
    const pause = store.getState().shown;

    await press(store, 'forward');
    expect(asked).toEqual([{ ...start, stepIndex: 1 }]);
    expect(store.getState().position?.stepIndex).toBe(1);
    // The next press plays step 2's beat; it does not ask for step 2 a second time.
    await press(store, 'forward');
    expect(lastShown(store)).toMatchObject({ type: 'key-learned', actor: 'bob' });
    expect(asked).toHaveLength(1);

    await press(store, 'back');
    await press(store, 'back');
    expect(asked.at(-1)).toEqual(start);
    expect(store.getState().position?.stepIndex).toBe(0);
    expect(store.getState().shown).toBe(pause);
  });

  it('autoplay stops at the pause, not at the end of the run', async () => {
    const store = createLabStore({ engine: rememberingRuns(inPageEngine()), autoplay: true });
    store.getState().openStep(start);
    await computed(store);
    expect(store.getState().playing).toBe(true);
    store.getState().setSpeed('instant');
    const { shown, trace } = store.getState();
    expect(trace?.events[shown - 1]).toMatchObject({ type: 'key-learned', actor: 'alice' });
    expect(shown).toBeLessThan(trace?.events.length ?? 0);
  });

  it('with motion, a press plays its packet’s story event by event; a second press finishes it', async () => {
    const store = createLabStore({ engine: rememberingRuns(inPageEngine()), autoplay: false });
    store.setState({ glide: true });
    store.getState().openStep(start);
    await computed(store);

    await press(store, 'forward');
    const { shown, target } = store.getState();
    expect(shown).toBe(1);
    expect(target).toBeGreaterThan(1);
    await press(store, 'forward');
    expect(store.getState().shown).toBe(target);
    expect(store.getState().target).toBeNull();
    expect(lastShown(store)).toMatchObject({ type: 'key-learned', actor: 'alice' });
  });
});
