import type { StateCreator } from 'zustand';
import { findLesson } from '../lessons/index.ts';
import { stepRequest } from '../lessons/step-request.ts';
import type { LabState } from './store.ts';

export interface LessonPosition {
  readonly lessonId: string;
  /** 0-based here; URLs are 1-based. */
  readonly stepIndex: number;
}

export interface LessonSlice {
  readonly position: LessonPosition | null;
  /** Start playing by itself when a step opens (off in embeds: the presenter steps). */
  readonly autoplay: boolean;
  readonly openStep: (position: LessonPosition, at?: 'start' | 'end') => void;
  readonly nextStep: () => void;
  readonly previousStep: () => void;
  readonly setAutoplay: (autoplay: boolean) => void;
}

export const createLessonSlice: StateCreator<LabState, [], [], LessonSlice> = (set, get) => ({
  position: null,
  autoplay: true,

  openStep: (position, at = 'start') => {
    const step = findLesson(position.lessonId)?.steps[position.stepIndex];
    const current = get().position;
    if (
      !step ||
      (current?.lessonId === position.lessonId && current.stepIndex === position.stepIndex)
    )
      return;
    set({
      position,
      openAt: at === 'end' ? (trace) => trace.events.length : (step.opensAt ?? (() => 0)),
    });
    void get().compute(stepRequest(position.lessonId, step, get().userSettings));
  },

  nextStep: () => {
    const { position } = get();
    const lesson = position && findLesson(position.lessonId);
    if (!position || !lesson || position.stepIndex + 1 >= lesson.steps.length) return;
    get().openStep({ ...position, stepIndex: position.stepIndex + 1 });
  },

  previousStep: () => {
    const { position } = get();
    if (!position || position.stepIndex === 0) return;
    get().openStep({ ...position, stepIndex: position.stepIndex - 1 }, 'end');
  },

  setAutoplay: (autoplay) => set({ autoplay }),
});
