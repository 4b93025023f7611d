import { Fragment } from 'react';
import { knowledgeAt, type PartyId, type TraceEvent } from '../../protocol/index.ts';
import { useDrawnRun } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-stage-run.ts';
import { KeyChip, keyCaption } from './KeyChip.tsx';

/** What everyone knows at the playback cursor, worked out once for all the boxes on stage. */
type Everyone = ReturnType<typeof knowledgeAt>;
let lastKnown: { events: readonly TraceEvent[]; shown: number; everyone: Everyone } | null = null;
function knowledgeOnStage(events: readonly TraceEvent[], shown: number): Everyone {
  if (lastKnown === null || lastKnown.events !== events || lastKnown.shown !== shown)
    lastKnown = { events, shown, everyone: knowledgeAt(events, shown) };
  return lastKnown.everyone;
}

/**
 * The keys a party holds, on its box. A party holds none before the run: this loads after
 * the page (web/ui/stage/Stage.tsx), not with it.
 */
export default function PartyKeys({
  party,
  name,
  holder,
}: {
  party: PartyId;
  /** The party's name, for the list's label. */
  name: string;
  /** The name its box shows ("CA"), said of the keys believed to be its. */
  holder: string;
}) {
  const { events, shown } = useDrawnRun();
  const keys = knowledgeOnStage(events, shown).of(party).keys;
  if (keys.length === 0) return null;
  const live = keys.filter((held) => !held.erased);
  const erased = keys.filter((held) => held.erased);
  return (
    <ul className="party-keys" aria-label={t('ui.stage.keys-of', { party: name })}>
      {live.map((held) => (
        <KeyChip
          compact
          key={`${held.key.id}-${held.key.fingerprint.short}`}
          held={held}
          holder={holder}
        />
      ))}
      {erased.length > 0 && (
        // Keys deleted at the end of a session stay on the stage, struck out, on one line (their
        // fingerprints are in “What each party knows”).
        <li className="key-chip key-erased key-erased-summary">
          <span className="key-erased-note">{t('ui.stage.erased')}</span>{' '}
          {erased.map((held, index) => (
            <Fragment key={`${held.key.id}-${held.key.fingerprint.short}`}>
              <span className="key-name">{keyCaption(held, true)}</span>
              {index < erased.length - 1 ? t('ui.stage.list-separator') : ''}
            </Fragment>
          ))}
        </li>
      )}
    </ul>
  );
}
