import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { networkParties, type PartyId, type TraceEvent } from '../../protocol/index.ts';
import { useDrawnRun } from '../../store/store.ts';
import { render, t } from '../../text/index.ts';
import '../../text/messages/ui-narration.ts';
import { partyName } from '../../text/messages/parties.ts';
import { measureWhenRendered } from '../measure-when-rendered.ts';
import { stepSentence, useScriptSteps } from '../sequence/script-steps.ts';
import { useStageTopology } from '../stage/use-stage-topology.ts';
import { ActorTag } from './ActorTag.tsx';
import './narration.css';

/** Every event on stage, as text. The newest line is announced to screen readers. */
export function NarrationLog() {
  const { events, shown } = useDrawnRun();
  const [filter, setFilter] = useState<'all' | PartyId>('all');
  // Everyone, or one party on the network, in the order they stand on the stage.
  const topology = useStageTopology();
  const filters = useMemo(
    (): readonly ('all' | PartyId)[] => ['all', ...networkParties(topology).map((p) => p.id)],
    [topology],
  );
  const listRef = useRef<HTMLOListElement>(null);
  const lines = events.slice(0, shown).map((event, index) => ({ event, index }));
  const visible = filter === 'all' ? lines : lines.filter((l) => l.event.actor === filter);
  const latest = shown > 0 ? events[shown - 1] : undefined;
  // Oscar's best attack: each numbered step under the event where he takes it, as on the diagram.
  const steps = useScriptSteps();
  const stepsAt = (index: number) =>
    filter === 'all' || filter === 'oscar' ? steps.filter((s) => s.event === index) : [];
  const latestSteps = steps.filter((s) => s.event === shown - 1).map(stepSentence);

  // The newest line scrolls into view once laid out. Read here, scrollHeight would force that
  // layout inside React's commit: one long task of both.
  useEffect(() => {
    const list = listRef.current;
    if (!list || shown < 0) return;
    return measureWhenRendered(list, () => {
      list.scrollTop = list.scrollHeight;
    });
  }, [shown]);

  return (
    <section className="narration" aria-labelledby="narration-title">
      <div className="narration-head">
        <h2 id="narration-title">{t('ui.narration.heading')}</h2>
        <fieldset className="narration-filter">
          <legend className="visually-hidden">{t('ui.narration.filter')}</legend>
          {filters.map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="narration-filter"
                value={f}
                checked={filter === f}
                onChange={() => setFilter(f)}
              />
              {f === 'all' ? t('ui.narration.everyone') : partyName(f)}
            </label>
          ))}
        </fieldset>
      </div>
      <ol
        className="narration-lines"
        ref={listRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls, so keyboard users must be able to reach it
        tabIndex={0}
        aria-label={t('ui.narration.log')}
        data-testid="narration-log"
      >
        {visible.map(({ event, index }) => [
          <NarrationLine key={index} event={event} latest={index === shown - 1} />,
          ...stepsAt(index).map((step) => (
            <li key={`${index}-step-${step.number}`} className="line line-step" data-party="oscar">
              {stepSentence(step)}
            </li>
          )),
        ])}
        {visible.length === 0 && <li className="line line-empty">{t('ui.narration.empty')}</li>}
      </ol>
      <p className="visually-hidden" aria-live="polite" data-testid="narration-live">
        {latest
          ? [
              t('ui.narration.live', { party: partyName(latest.actor), line: latest.narration }),
              ...latestSteps,
            ].join(' ')
          : ''}
      </p>
    </section>
  );
}

/**
 * One event's line. Memoised: each beat of playback adds a line, and the lines already shown
 * keep their sentence instead of being written again.
 */
const NarrationLine = memo(function NarrationLine({
  event,
  latest,
}: {
  event: TraceEvent;
  latest: boolean;
}) {
  return (
    <li className={`line${latest ? ' is-latest' : ''}`} data-party={event.actor}>
      <ActorTag event={event} /> <bdi className="line-text">{render(event.narration)}</bdi>
    </li>
  );
});
