import { useEffect, useRef, useState } from 'react';
import { type PartyId, partyName } from '../../protocol/types.ts';
import { selectEvents, selectShown } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import { ActorTag } from './ActorTag.tsx';
import '../../text/messages/ui-narration.ts';

const FILTERS: readonly ('all' | PartyId)[] = ['all', 'alice', 'oscar', 'bob'];

/** Every event on stage, as text. The newest line is announced to screen readers. */
export function NarrationLog() {
  const events = useLab(selectEvents);
  const shown = useLab(selectShown);
  const [filter, setFilter] = useState<'all' | PartyId>('all');
  const listRef = useRef<HTMLOListElement>(null);
  const lines = events.slice(0, shown).map((event, index) => ({ event, index }));
  const visible = filter === 'all' ? lines : lines.filter((l) => l.event.actor === filter);
  const latest = shown > 0 ? events[shown - 1] : undefined;

  useEffect(() => {
    const list = listRef.current;
    if (list && shown >= 0) list.scrollTop = list.scrollHeight;
  }, [shown]);

  return (
    <section className="narration" aria-labelledby="narration-title">
      <div className="narration-head">
        <h2 id="narration-title">{t('ui.narration.heading')}</h2>
        <fieldset className="narration-filter">
          <legend className="visually-hidden">{t('ui.narration.filter')}</legend>
          {FILTERS.map((f) => (
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
        {visible.map(({ event, index }) => (
          <li
            key={index}
            className={`line line-${event.actor}${index === shown - 1 ? ' is-latest' : ''}`}
          >
            <ActorTag event={event} /> <bdi className="line-text">{event.narration}</bdi>
          </li>
        ))}
        {visible.length === 0 && <li className="line line-empty">{t('ui.narration.empty')}</li>}
      </ol>
      <p className="visually-hidden" aria-live="polite" data-testid="narration-live">
        {latest
          ? t('ui.narration.live', { party: partyName(latest.actor), line: latest.narration })
          : ''}
      </p>
    </section>
  );
}
