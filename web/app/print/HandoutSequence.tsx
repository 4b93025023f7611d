import { useMemo } from 'react';
import { selectShown, selectTrace } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { sequenceAt } from '../../ui/sequence/arrows.ts';
import { SequenceTable } from '../../ui/sequence/SequenceTable.tsx';
import '../../ui/sequence/sequence.css';

/**
 * The step's packets as a table, where the step on screen has a sequence diagram (runs with
 * state machines or relays), as far as the step's pause.
 */
export function HandoutSequence() {
  const trace = useLab(selectTrace);
  const shown = useLab(selectShown);
  const arrows = useMemo(() => {
    if (!trace) return [];
    const drawn =
      trace.topology.parties.some((p) => p.role === 'relay') ||
      trace.events.some((e) => e.type === 'state');
    return drawn ? sequenceAt(trace.events, shown, trace.topology).arrows : [];
  }, [trace, shown]);
  if (arrows.length === 0) return null;
  return <SequenceTable arrows={arrows} />;
}
