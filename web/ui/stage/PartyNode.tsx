import type { Knowledge } from '../../protocol/knowledge.ts';
import { PARTY_NAMES, type PartyId } from '../../protocol/types.ts';
import { PARTY_LAYOUT } from '../parties.ts';
import { KeyChip } from './KeyChip.tsx';

interface Props {
  party: PartyId;
  knowledge: Knowledge;
  active: boolean;
  absent?: boolean;
  note?: string;
}

export function PartyNode({ party, knowledge, active, absent = false, note }: Props) {
  const name = PARTY_NAMES[party];
  return (
    <section
      className={`party party-${party}${active ? ' is-active' : ''}${absent ? ' is-absent' : ''}`}
      style={{ '--x': `${PARTY_LAYOUT[party].x}%` } as React.CSSProperties}
      aria-label={name}
      data-testid={`party-${party}`}
    >
      <div className="party-head">
        <span className="party-avatar" aria-hidden="true">
          {name.charAt(0)}
        </span>
        <span className="party-name">{party === 'ca' ? 'CA' : name}</span>
      </div>
      <p className="party-role">
        {absent ? 'not on the wire' : (note ?? PARTY_LAYOUT[party].role)}
      </p>
      {party !== 'ca' && knowledge.keys.length > 0 && (
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
