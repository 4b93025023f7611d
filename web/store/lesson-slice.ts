import type { StateCreator } from 'zustand';
import { findEntry } from '../lessons/catalog.ts';
import { loadedLesson, loadLesson } from '../lessons/load-lesson.ts';
import { stepRequest } from '../lessons/step-request.ts';
import type { Lesson } from '../lessons/types.ts';
import type { StepEntry } from './playback-slice.ts';
import type { LabState } from './store.ts';

export interface LessonPosition {
  readonly lessonId: string;
  /** 0-based here; URLs are 1-based. */
  readonly stepIndex: number;
}

/**
 * Tells the page that the store opened another step by itself (→ past a pause, ← before an
 * opening). In the page it writes the step into the URL; the page then asks `openStep` for the
 * step already open, which changes nothing.
 */
export type StepNavigator = (position: LessonPosition, entry: StepEntry) => void;

/**
 * Called for → past the last step's pause or ← before the first step's opening. In a slide
 * deck it asks the deck to move to its next or previous slide, so a presenter is never stuck.
 */
export type HandBack = (direction: 'next' | 'prev') => void;

export interface LessonSlice {
  readonly position: LessonPosition | null;
  /** The open step's whole lesson (narration, runs, questions), once it has loaded. */
  readonly lesson: Lesson | null;
  /** The step asked for last: it opens once its lesson has loaded. */
  readonly requested: LessonPosition | null;
  /** Start playing by itself when a step opens (off in embeds: the presenter steps). */
  readonly autoplay: boolean;
  /** How the next `openStep` enters its step, when the store itself asked for it. */
  readonly pendingEntry: StepEntry | null;
  readonly openStep: (position: LessonPosition) => void;
  readonly nextStep: () => void;
  readonly previousStep: () => void;
  readonly setAutoplay: (autoplay: boolean) => void;
}

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
          void get().compute(stepRequest(position.lessonId, step, get().userSettings));
        };
        const ready = loadedLesson(position.lessonId);
        if (ready) open(ready);
        else
          loadLesson(position.lessonId).then(open, (error: unknown) => {
            if (get().requested !== position) return;
            const reason = error instanceof Error ? error.message : String(error);
            set({ status: 'error', error: `The lesson could not be loaded: ${reason}` });
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
