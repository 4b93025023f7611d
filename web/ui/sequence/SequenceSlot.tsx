import { lazy, Suspense } from 'react';
import type { LabState } from '../../store/lab-state.ts';
import { useLab } from '../../store/store.ts';

const SequenceDiagram = lazy(() => import('./SequenceDiagram.tsx'));

/**
 * The sequence diagram shows where it helps: in the sandbox, and in lessons whose run has
 * state machines or relays. It loads only then, not with the page.
 */
const selectWanted = (s: LabState): boolean => {
  if (s.position === null) return s.trace !== null;
  const trace = s.trace;
  if (!trace) return false;
  return (
    trace.topology.parties.some((p) => p.role === 'relay') ||
    trace.events.some((e) => e.type === 'state')
  );
};

export function SequenceSlot() {
  const wanted = useLab(selectWanted);
  if (!wanted) return null;
  return (
    <Suspense fallback={<section className="sequence sequence-loading" aria-busy="true" />}>
      <SequenceDiagram />
    </Suspense>
  );
}
