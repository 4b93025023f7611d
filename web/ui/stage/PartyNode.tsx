import type { Knowledge } from '../../protocol/knowledge.ts';
import { type PartyId, partyName } from '../../protocol/types.ts';
import { KeyChip } from './KeyChip.tsx';
import type { Place } from './layout.ts';

interface Props {
  party: PartyId;
  place: Place;
  knowledge: Knowledge;
  active: boolean;
  absent?: boolean;
  note?: string;
}

export function PartyNode({ party, place, knowledge, active, absent = false, note }: Props) {
  const name = partyName(party);
  const compact = place.row === 'top';
  return (
    <section
      className={`party party-${party}${place.role === 'relay' ? ' party-relay' : ''}${compact ? ' is-top' : ''}${active ? ' is-active' : ''}${absent ? ' is-absent' : ''}`}
      style={{ '--x': `${place.x}%`, '--w': `${place.width}%` } as React.CSSProperties}
      aria-label={name}
      data-testid={`party-${party}`}
    >
      <div className="party-head">
        <span className="party-avatar" aria-hidden="true">
          {place.role === 'relay' ? name.slice(-1) : name.charAt(0)}
        </span>
        <span className="party-name">{party === 'ca' ? 'CA' : name}</span>
      </div>
      <p className="party-role">{absent ? 'not on the wire' : (note ?? place.role)}</p>
      {!compact && knowledge.keys.length > 0 && (
        <ul className="party-keys" aria-label={`Keys ${name} holds`}>
          {knowledge.keys.map((held) => (
            <KeyChip
              compact
              key={`${held.key.id}-${held.key.fingerprint.short}`}
              held={held}
              holder={name}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
