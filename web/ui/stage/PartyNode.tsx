import { Fragment, type ReactNode } from 'react';
import type { Knowledge } from '../../protocol/knowledge.ts';
import { type PartyId, partyName } from '../../protocol/types.ts';
import { t } from '../../text/index.ts';
import { KeyChip, keyCaption } from './KeyChip.tsx';
import type { Place } from './layout.ts';
import '../../text/messages/ui-stage.ts';

interface Props {
  party: PartyId;
  place: Place;
  knowledge: Knowledge;
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
  place,
  knowledge,
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
  const live = knowledge.keys.filter((held) => !held.erased);
  const erased = knowledge.keys.filter((held) => held.erased);
  const classes = [
    'party',
    `party-${party}`,
    place.role === 'relay' ? 'party-relay' : '',
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
    >
      <div className="party-head">
        <span className="party-avatar" aria-hidden="true">
          {place.role === 'relay' ? name.slice(-1) : name.charAt(0)}
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
      {!compact && knowledge.keys.length > 0 && (
        <ul className="party-keys" aria-label={t('ui.stage.keys-of', { party: name })}>
          {live.map((held) => (
            <KeyChip
              compact
              key={`${held.key.id}-${held.key.fingerprint.short}`}
              held={held}
              holder={shownName}
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
      )}
      {children}
    </section>
  );
}
