import { useEffect, useState } from 'react';
import { explanationLoaded } from '../../lessons/lesson-text.ts';

/**
 * Whether a step's explanation can be shown: true once loaded, 'failed' if it could not load (the
 * verdict then stands alone). Explanations are rendered from the outcome of a run, so they load
 * once there is one (lessons/explanations.ts), not with the step.
 */
export function useExplanations(lessonId: string, stepIndex: number, hasOutcome: boolean) {
  const [failed, setFailed] = useState(false);
  const [, setLoaded] = useState(false);
  const loaded = explanationLoaded(lessonId, stepIndex);
  useEffect(() => {
    if (hasOutcome && !loaded)
      import('../../lessons/explanations.ts')
        .then((explanations) => explanations.loadExplanations(lessonId))
        .then(
          () => setLoaded(true),
          () => setFailed(true),
        );
  }, [hasOutcome, loaded, lessonId]);
  return loaded || (failed && 'failed');
}
