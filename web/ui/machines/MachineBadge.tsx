import { useMemo } from 'react';
import type { PartyId } from '../../protocol/index.ts';
import { useDrawnRun } from '../../store/store.ts';
import { machinesAt } from './machines.ts';
import './machines.css';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-knowledge.ts';

/**
 * A party's state machine in one line, inside its box on the stage: the state it is in, the
 * packet that put it there, and the last packet it refused. Where the stage is small (a
 * slide) it stands in for the full diagrams under the stage.
 */
export default function MachineBadge({ actor }: { actor: PartyId }) {
  const { events, shown } = useDrawnRun();
  const machine = useMemo(
    () => machinesAt(events, shown).find((m) => m.actor === actor),
    [events, shown, actor],
  );
  if (!machine) return null;
  const cause = machine.taken > 0 ? machine.moves[machine.taken - 1]?.on : undefined;
  const refused = machine.refusals.at(-1);
  return (
    <div className="machine-badge" data-testid={`machine-badge-${actor}`}>
      <p className="machine-badge-now">
        <span aria-hidden="true">▶ </span>
        <span className="visually-hidden">{t('ui.machine.state')}</span>
        <span className="machine-state is-current">{machine.current}</span>
        {cause && <span className="machine-badge-cause">{t('ui.machine.after', { cause })}</span>}
      </p>
      {refused && (
        <p className="machine-refusal">
          <span aria-hidden="true">✕ </span>
          {t('ui.machine.refused', { packet: refused.packet })}
          {machine.refusals.length > 1
            ? t('ui.machine.refused-times', { count: machine.refusals.length })
            : ''}
        </p>
      )}
    </div>
  );
}
