import { useEffect } from 'react';
import { markStepDone } from '../store/progress-store.ts';
import { selectFinished } from '../store/selectors.ts';
import { useLab } from '../store/store.ts';

/** A step counts as done once its run has played to its end on screen. */
export function useRecordProgress(lessonId: string, stepIndex: number): void {
  const finishedHere = useLab(
    (s) =>
      selectFinished(s) && s.position?.lessonId === lessonId && s.position.stepIndex === stepIndex,
  );
  useEffect(() => {
    if (finishedHere) markStepDone(lessonId, stepIndex);
  }, [finishedHere, lessonId, stepIndex]);
}
