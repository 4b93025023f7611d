import { lazy } from 'react';
import { restingTopology } from '../../protocol/index.ts';
import type { LabState } from '../../store/lab-state.ts';
import { useLab } from '../../store/store.ts';
import { Later } from '../Later.tsx';

const SequenceDiagram = lazy(() => import('./SequenceDiagram.tsx'));

/**
 * The sequence diagram shows where it helps: in the sandbox, and in lessons whose run has
 * state machines or relays. Runs with those have settings that say so before the run exists,
 * so the diagram's box stands in the page from its first paint (its height is fixed in lab.css),
 * and its code loads after the page.
 */
const wantedWhereItHelps = (s: LabState): boolean => {
  const trace = s.trace;
  if (!trace)
    return (
      s.config.protocol === 'handshake' ||
      restingTopology(s.config, s.plan).parties.some((p) => p.role === 'relay')
    );
  if (s.position === null) return true;
  return (
    trace.topology.parties.some((p) => p.role === 'relay') ||
    trace.events.some((e) => e.type === 'state')
  );
};

const wantedAlways = () => true;

/** `always` in the sandbox: every run there has its diagram. */
export function SequenceSlot({ always = false }: { always?: boolean }) {
  const wanted = useLab(always ? wantedAlways : wantedWhereItHelps);
  if (!wanted) return null;
  return (
    <Later fallback={<section className="sequence sequence-loading" aria-busy="true" />}>
      <SequenceDiagram />
    </Later>
  );
}
