import type { StateCreator } from 'zustand';
import { findEntry } from '../lessons/catalog.ts';
import { loadedLesson, loadLesson } from '../lessons/load-lesson.ts';
import { stepRequest } from '../lessons/step-request.ts';
import type { Lesson } from '../lessons/types.ts';
import type {
  HandBack,
  LabState,
  LessonPosition,
  LessonSlice,
  StepEntry,
  StepNavigator,
} from './lab-state.ts';

export function createLessonSlice(
  navigate?: StepNavigator,
  handBack?: HandBack,
): StateCreator<LabState, [], [], LessonSlice> {
  return (set, get) => {
    // The step opens at once and the URL follows. Waiting for the URL's round trip through the
    // page (an event, then a render) left the old step on stage, at its pause and not busy, and
    // every press made meanwhile asked again for the same URL and was lost.
    const goTo = (position: LessonPosition, entry: StepEntry) => {
      set({ pendingEntry: entry });
      get().openStep(position);
      navigate?.(position, entry);
    };
    return {
      position: null,
      lesson: null,
      requested: null,
      autoplay: true,
      pendingEntry: null,

      openStep: (position) => {
        const current = get().requested;
        if (current?.lessonId === position.lessonId && current.stepIndex === position.stepIndex)
          return;
        if (!(position.stepIndex < (findEntry(position.lessonId)?.steps ?? 0))) return;
        set({ requested: position });
        const open = (lesson: Lesson | undefined) => {
          const step = lesson?.steps[position.stepIndex];
          // Another step was asked for while this lesson loaded: that one opens instead.
          if (!lesson || !step || get().requested !== position) return;
          const entry = get().pendingEntry ?? 'start';
          set({
            position,
            lesson,
            pendingEntry: null,
            entry,
            segmentOf: (trace) => ({ opening: step.opensAt(trace), pause: step.pausesAt(trace) }),
          });
          void get().compute(stepRequest(step, get().userSettings));
        };
        const ready = loadedLesson(position.lessonId);
        if (ready) open(ready);
        else
          loadLesson(position.lessonId).then(open, async (error: unknown) => {
            const problem = error instanceof Error ? error.message : String(error);
            // The sentence loads with the failure: a lesson that loads never carries it.
            const [{ t }] = await Promise.all([
              import('../text/index.ts'),
              import('../text/messages/ui-lesson-load.ts'),
            ]);
            if (get().requested !== position) return;
            set({ status: 'error', error: t('ui.lesson.load-failed', { problem }) });
          });
      },

      nextStep: () => {
        const { position } = get();
        const lesson = get().lesson;
        if (!position || !lesson) return;
        if (position.stepIndex + 1 >= lesson.steps.length) handBack?.('next');
        else goTo({ ...position, stepIndex: position.stepIndex + 1 }, 'start');
      },

      previousStep: () => {
        const { position } = get();
        if (!position) return;
        if (position.stepIndex === 0) handBack?.('prev');
        else goTo({ ...position, stepIndex: position.stepIndex - 1 }, 'end');
      },

      setAutoplay: (autoplay) => set({ autoplay }),
    };
  };
}
