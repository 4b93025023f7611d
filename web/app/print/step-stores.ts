import type { Lesson } from '../../lessons/types.ts';
import { createLabStore, type LabStore } from '../../store/store.ts';
import { workerEngine } from '../../ui/workers/engine-client.ts';

/**
 * One store per step of the lesson, each opening its step at the step's pause. They share one
 * engine and key cache, so every step of the handout shows the same keys, as on screen.
 */
export function stepStores(lesson: Lesson): LabStore[] {
  const engine = workerEngine();
  return lesson.steps.map((_, stepIndex) => {
    const store = createLabStore({ autoplay: false, engine });
    // "instant" opens a computed step at its pause: the stage as the step's narration describes.
    store.setState({ speed: 'instant' });
    store.getState().openStep({ lessonId: lesson.id, stepIndex });
    return store;
  });
}

/** True once every step's run has been computed (or has failed, and says so). */
export function allSettled(stores: readonly LabStore[]): boolean {
  return stores.every((s) => {
    const { status, trace } = s.getState();
    return status === 'error' || (status === 'ready' && trace !== null);
  });
}
