import { useEffect } from 'react';
import { markStepDone } from '../store/progress-store.ts';
import { selectAtPause } from '../store/selectors.ts';
import { useLab } from '../store/store.ts';

/** A step counts as done once it has played its own part, to where it pauses. */
export function useRecordProgress(lessonId: string, stepIndex: number): void {
  const finishedHere = useLab(
    (s) =>
      selectAtPause(s) && s.position?.lessonId === lessonId && s.position.stepIndex === stepIndex,
  );
  useEffect(() => {
    if (finishedHere) markStepDone(lessonId, stepIndex);
  }, [finishedHere, lessonId, stepIndex]);
}
