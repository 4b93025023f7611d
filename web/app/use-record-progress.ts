import { useEffect } from 'react';
import { loadProgress } from '../store/load-progress.ts';
import { selectAtPause } from '../store/selectors.ts';
import { useLab } from '../store/store.ts';

/** A step counts as done once it has played its own part, to where it pauses. */
export function useRecordProgress(lessonId: string, stepIndex: number): void {
  const finishedHere = useLab(
    (s) =>
      selectAtPause(s) && s.position?.lessonId === lessonId && s.position.stepIndex === stepIndex,
  );
  useEffect(() => {
    if (finishedHere) void loadProgress().then((p) => p.markStepDone(lessonId, stepIndex));
  }, [finishedHere, lessonId, stepIndex]);
}
