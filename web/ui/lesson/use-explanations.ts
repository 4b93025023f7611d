import { useEffect, useState } from 'react';
import { explanationLoaded } from '../../lessons/lesson-text.ts';

export type ExplanationsState = 'loading' | 'ready' | 'failed';

/**
 * Whether a step's explanation can be shown. Explanations are rendered from the outcome of a run,
 * so they load once there is one (lessons/explanations.ts), not with the step; should they fail
 * to load, the verdict on the answer stands without them.
 */
export function useExplanations(
  lessonId: string,
  stepIndex: number,
  hasOutcome: boolean,
): ExplanationsState {
  const [state, setState] = useState<ExplanationsState>(() =>
    explanationLoaded(lessonId, stepIndex) ? 'ready' : 'loading',
  );
  useEffect(() => {
    if (!hasOutcome || state !== 'loading') return;
    let open = true;
    import('../../lessons/explanations.ts')
      .then((explanations) => explanations.loadExplanations(lessonId))
      .then(
        () => open && setState('ready'),
        () => open && setState('failed'),
      );
    return () => {
      open = false;
    };
  }, [hasOutcome, state, lessonId]);
  return state;
}
