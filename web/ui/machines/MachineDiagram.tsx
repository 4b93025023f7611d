import { t } from '../../text/index.ts';
import type { MachineView } from './machines.ts';
import '../../text/messages/ui-knowledge.ts';

/**
 * One party's state machine as a chain: each state, and on the arrow into it the packet
 * that caused the move. The current state is marked by a pointer, a word and a thick
 * border (not by colour alone); moves still to come are dashed.
 */
export function MachineDiagram({ machine, name }: { machine: MachineView; name: string }) {
  const states = [
    { state: machine.start, on: null as string | null, reached: true },
    ...machine.moves.map((m) => ({ state: m.to, on: m.on, reached: m.taken })),
  ];
  return (
    <section
      className={`machine machine-${machine.actor}`}
      aria-label={t('ui.machine.label', { party: name })}
      data-testid={`machine-${machine.actor}`}
    >
      <h3 className="machine-title">
        {t('ui.machine.title', { party: name })}
        <span className="machine-now">{t('ui.machine.in', { state: machine.current })}</span>
      </h3>
      <ol className="machine-states">
        {states.map(({ state, on, reached }, i) => {
          const current = i === machine.taken;
          return (
            <li
              // A state may come back later in a run: its place in the path tells them apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the path is fixed for a trace
              key={i}
              className={`machine-step${reached ? ' is-reached' : ' is-later'}`}
            >
              {on !== null && (
                <span className="machine-move">
                  <span className="visually-hidden">
                    {t(reached ? 'ui.machine.on' : 'ui.machine.later-on')}
                  </span>
                  {on}
                  <span aria-hidden="true"> →</span>
                </span>
              )}
              <span
                className={`machine-state${current ? ' is-current' : ''}`}
                aria-current={current ? 'step' : undefined}
                data-state={state}
              >
                {current && (
                  <span className="machine-pointer" aria-hidden="true">
                    ▶{' '}
                  </span>
                )}
                {state}
                {current && <span className="visually-hidden">{t('ui.machine.now')}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      {machine.refusals.length > 0 && (
        <ul className="machine-refusals" aria-label={t('ui.machine.refusals', { party: name })}>
          {machine.refusals.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: refusals only grow, in order
            <li key={i} className="machine-refusal" data-testid="refusal">
              <span aria-hidden="true">✕ </span>
              {t('ui.machine.refused-in', { packet: r.packet, state: r.state })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
