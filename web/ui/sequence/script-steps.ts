import { useMemo } from 'react';
import { type StepOnTrace, stepsOnTrace } from '../../protocol/index.ts';
import { useDrawnRun } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-sequence.ts';

/** The steps of the run on stage when it follows a script (Oscar's best attack); else none. */
export function useScriptSteps(): readonly StepOnTrace[] {
  const { trace } = useDrawnRun();
  return useMemo(() => (trace ? stepsOnTrace(trace) : []), [trace]);
}

/** "Step 1: Oscar replaces … Stopped by: …", for the log, screen readers and print. */
export function stepSentence(step: StepOnTrace): string {
  return t('ui.sequence.step', { n: step.number, says: step.says, stoppedBy: step.stoppedBy });
}

/** The steps Oscar has taken by the playback cursor. */
export function stepsTaken(steps: readonly StepOnTrace[], shown: number): StepOnTrace[] {
  return steps.filter((s) => s.event < shown);
}
