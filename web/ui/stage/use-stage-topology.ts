import { useMemo } from 'react';
import { restingTopology, type Topology } from '../../protocol/index.ts';
import { selectConfig, selectPlan } from '../../store/selectors.ts';
import { useDrawnRun, useLab } from '../../store/store.ts';

/**
 * Who stands on the stage: the run's topology, or before its first run the one its settings
 * will use, so that the stage, the narration and what each party knows agree from the start.
 * The run's topology is read deferred, like the events those three draw on it.
 */
export function useStageTopology(): Topology {
  const config = useLab(selectConfig);
  const plan = useLab(selectPlan);
  const atRest = useMemo(() => restingTopology(config, plan), [config, plan]);
  return useDrawnRun().topology ?? atRest;
}
