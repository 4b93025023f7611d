import { useMemo } from 'react';
import type { PartyId } from '../../protocol/index.ts';
import { useDrawnRun } from '../../store/store.ts';
import { partyName } from '../../text/messages/parties.ts';
import { MachineDiagram } from './MachineDiagram.tsx';
import { machinesAt } from './machines.ts';
import './machines.css';

/**
 * Under the stage, each party's state machine, beside the party: ordered as the parties
 * stand (`order`, left to right). Drawn from the trace's state events up to the cursor.
 */
export default function StateMachines({ order }: { order: readonly PartyId[] }) {
  const { events, shown } = useDrawnRun();
  const machines = useMemo(() => {
    const rank = (actor: PartyId) => {
      const i = order.indexOf(actor);
      return i < 0 ? order.length : i;
    };
    return machinesAt(events, shown).sort((a, b) => rank(a.actor) - rank(b.actor));
  }, [events, shown, order]);
  if (machines.length === 0) return null;
  return (
    <div className="machines" data-testid="state-machines">
      {machines.map((machine) => (
        <MachineDiagram key={machine.actor} machine={machine} name={partyName(machine.actor)} />
      ))}
    </div>
  );
}
