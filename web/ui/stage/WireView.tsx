import type { CSSProperties } from 'react';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-stage.ts';
import type { StageLayout } from './layout.ts';

/**
 * The wire between the first and the last party, one stretch per link. The link Oscar taps
 * is dashed in his colour, with a line down (or up) to where he stands.
 */
export function WireView({ layout, oscarAbsent }: { layout: StageLayout; oscarAbsent: boolean }) {
  const oscar = layout.places.get('oscar');
  const tapping = !oscarAbsent && oscar !== undefined && layout.tapX !== null;
  // Oscar inside a relay: a line joins his box to the relay's.
  const inside =
    !oscarAbsent && layout.oscarInside ? layout.places.get(layout.oscarInside) : undefined;
  return (
    <div className="wire-layer" aria-hidden="true">
      {layout.links.map((link) => (
        <div
          key={link.id}
          className={`wire-link${tapping && link.tapped ? ' is-tapped' : ''}`}
          style={{ left: `${link.from}%`, width: `${link.to - link.from}%` }}
        />
      ))}
      {tapping && (
        <div
          className={`oscar-tap from-${oscar.row}`}
          style={{ '--x': `${layout.tapX}%` } as CSSProperties}
        />
      )}
      {inside && (
        <div className="oscar-tap into-relay" style={{ '--x': `${inside.x}%` } as CSSProperties} />
      )}
      <span className="wire-label">{t('ui.stage.wire')}</span>
    </div>
  );
}
