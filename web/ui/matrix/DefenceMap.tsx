import '../../text/messages/settings-patterns.ts';
import { DEFENCE_SWITCHES, type MapCell, type MapRow } from '../../protocol/index.ts';
import { render, t } from '../../text/index.ts';
import '../../text/messages/ui-matrix.ts';

/** The message answering each cell. */
const WORDS: Record<MapCell, string> = {
  on: 'ui.matrix.map.on',
  stops: 'ui.matrix.map.stops',
  'not-enough': 'ui.matrix.map.not-enough',
  'nothing-to-stop': 'ui.matrix.map.nothing-to-stop',
  'lets-him-win': 'ui.matrix.map.lets-him-win',
  needs: 'ui.matrix.map.needs',
};

interface Props {
  readonly map: readonly MapRow[] | null;
}

/** Strategies down the side, defences across: does turning that one defence on stop him? */
export function DefenceMap({ map }: Props) {
  const columnLabels = DEFENCE_SWITCHES.map((s) => render(s.label));
  if (!map)
    return (
      <p className="matrix-status" aria-live="polite" data-testid="defence-map-status">
        {t('ui.matrix.map.running')}
      </p>
    );
  return (
    <section
      className="matrix-scroll matrix-map-box"
      aria-label={t('ui.matrix.map.label')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it may scroll sideways, so keyboard users must be able to reach it
      tabIndex={0}
    >
      <table className="matrix-grid defence-map" data-testid="defence-map">
        <caption>{t('ui.matrix.map.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.matrix.strategy')}</th>
            {DEFENCE_SWITCHES.map((s, i) => (
              <th scope="col" key={s.name}>
                {columnLabels[i]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">{render(row.label)}</th>
              {row.cells.map((cell, i) => (
                <td
                  key={DEFENCE_SWITCHES[i]?.name}
                  className={`map-${cell}`}
                  data-label={columnLabels[i]}
                >
                  {t(WORDS[cell])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
