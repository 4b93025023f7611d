import { useMemo } from 'react';
import { type StepOnTrace, stepsOnTrace } from '../../protocol/index.ts';
import { selectTrace } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { render } from '../../text/index.ts';

/** The steps of the run on stage when it follows a script (Oscar's best attack); else none. */
export function useScriptSteps(): readonly StepOnTrace[] {
  const trace = useLab(selectTrace);
  return useMemo(() => (trace ? stepsOnTrace(trace) : []), [trace]);
}

/** "Step 1: Oscar replaces … Stopped by: …", for the log, screen readers and print. */
export function stepSentence(step: StepOnTrace): string {
  return `Step ${step.number}: ${render(step.says)}. Stopped by: ${render(step.stoppedBy)}.`;
}

/** The steps Oscar has taken by the playback cursor. */
export function stepsTaken(steps: readonly StepOnTrace[], shown: number): StepOnTrace[] {
  return steps.filter((s) => s.event < shown);
}
