import { type ReactNode, Suspense } from 'react';
import type { PartyId, PartyRole } from '../../protocol/index.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-stage.ts';
import { partyName } from '../../text/messages/parties.ts';
import type { Place } from './layout.ts';
import { PartyKeys } from './party-keys.ts';

interface Props {
  party: PartyId;
  /** What it does in the topology: its colour and the shape of its box follow from it. */
  role: PartyRole;
  place: Place;
  /** Whether the run has begun, so the party may hold keys (they load after the page). */
  keysShown: boolean;
  active: boolean;
  absent?: boolean;
  note?: string;
  /** Oscar sits inside this relay: drawn in his colour and said in words. */
  compromised?: boolean;
  /** A line under the name, above the keys (the state its protocol is in). */
  status?: ReactNode;
  /** Further lines under the keys (what a relay sees). */
  children?: ReactNode;
}

export function PartyNode({
  party,
  role,
  place,
  keysShown,
  active,
  absent = false,
  note,
  compromised = false,
  status,
  children,
}: Props) {
  const name = partyName(party);
  /** The CA's box is labelled with its short name, and so are the keys believed to be its. */
  const shownName = party === 'ca' ? 'CA' : name;
  const compact = place.row === 'top';
  const classes = [
    'party',
    `party-${party}`,
    compact ? 'is-top' : '',
    active ? 'is-active' : '',
    absent ? 'is-absent' : '',
    compromised ? 'is-compromised' : '',
  ].filter(Boolean);
  return (
    <section
      className={classes.join(' ')}
      style={{ '--x': `${place.x}%`, '--w': `${place.width}%` } as React.CSSProperties}
      aria-label={compromised ? t('ui.stage.with-oscar-inside', { party: name }) : name}
      data-testid={`party-${party}`}
      data-party={party}
      data-role={role}
    >
      <div className="party-head">
        <span className="party-avatar" aria-hidden="true">
          {role === 'relay' ? name.slice(-1) : name.charAt(0)}
        </span>
        <span className="party-name">{shownName}</span>
      </div>
      <p className="party-role">
        {absent ? t('ui.stage.not-on-wire') : (note ?? t(`ui.stage.role.${place.role}`))}
      </p>
      {status}
      {compromised && (
        <p className="party-inside" data-testid="oscar-inside">
          <span className="party-inside-avatar" aria-hidden="true">
            O
          </span>
          {t('ui.stage.oscar-inside')}
        </p>
      )}
      {!compact && keysShown && (
        <Suspense fallback={null}>
          <PartyKeys party={party} name={name} holder={shownName} />
        </Suspense>
      )}
      {children}
    </section>
  );
}
