import { useMemo } from 'react';
import type { PartyId } from '../../protocol/index.ts';
import { useDrawnRun } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import { partyName } from '../../text/messages/parties.ts';
import { LockIcon } from '../LockIcon.tsx';
import { relaySightAt } from './relay-sight.ts';
import './relay-sight.css';
import '../../text/messages/ui-stage-run.ts';

/** An open eye: the relay read the text. */
function EyeIcon() {
  return (
    <svg className="mark-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path
        d="M1 8s2.6-4.5 7-4.5S15 8 15 8s-2.6 4.5-7 4.5S1 8 1 8Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <circle cx="8" cy="8" r="2.2" fill="currentColor" />
    </svg>
  );
}

/**
 * What a relay sees of the last packet it passed on: who talks to whom, its place in the
 * order, how many bytes; and for a message, whether it read the text (icon and words).
 * Loaded with the first run through relays.
 */
export default function RelaySightView({ relay }: { relay: PartyId }) {
  const { events, shown } = useDrawnRun();
  const sight = useMemo(() => relaySightAt(events, shown, relay), [events, shown, relay]);
  if (!sight) return null;
  const { origin, destination, seq, bytes } = sight.metadata;
  return (
    <div className="relay-sight" data-testid="relay-sight">
      <p className="relay-meta">
        <span className="visually-hidden">{t('ui.relay.sees')}</span>#{seq}: {partyName(origin)} →{' '}
        {partyName(destination)}, {bytes} B
      </p>
      {sight.readIt === true && (
        <p className="relay-read is-read" data-read="yes">
          <EyeIcon /> {t('ui.relay.read')}
        </p>
      )}
      {sight.readIt === false && (
        <p className="relay-read is-sealed" data-read="no">
          <LockIcon /> {t('ui.relay.sealed')}
        </p>
      )}
    </div>
  );
}
