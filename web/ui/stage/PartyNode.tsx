import { Fragment, type ReactNode } from 'react';
import type { Knowledge } from '../../protocol/knowledge.ts';
import { type PartyId, type PartyRole, partyName } from '../../protocol/types.ts';
import { KeyChip, keyCaption } from './KeyChip.tsx';
import type { Place } from './layout.ts';

interface Props {
  party: PartyId;
  /** What it does in the topology: its colour and the shape of its box follow from it. */
  role: PartyRole;
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
  role,
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
    compact ? 'is-top' : '',
    active ? 'is-active' : '',
    absent ? 'is-absent' : '',
    compromised ? 'is-compromised' : '',
  ].filter(Boolean);
  return (
    <section
      className={classes.join(' ')}
      style={{ '--x': `${place.x}%`, '--w': `${place.width}%` } as React.CSSProperties}
      aria-label={compromised ? `${name}, with Oscar inside` : name}
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
      <p className="party-role">{absent ? 'not on the wire' : (note ?? place.role)}</p>
      {status}
      {compromised && (
        <p className="party-inside" data-testid="oscar-inside">
          <span className="party-inside-avatar" aria-hidden="true">
            O
          </span>
          Oscar is inside
        </p>
      )}
      {!compact && knowledge.keys.length > 0 && (
        <ul className="party-keys" aria-label={`Keys ${name} holds`}>
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
              <span className="key-erased-note">erased:</span>{' '}
              {erased.map((held, index) => (
                <Fragment key={`${held.key.id}-${held.key.fingerprint.short}`}>
                  <span className="key-name">{keyCaption(held, true)}</span>
                  {index < erased.length - 1 ? ', ' : ''}
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
