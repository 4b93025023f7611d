import '../../text/messages/settings-patterns.ts';
import { DEFENCE_SWITCHES, type MapCell, type MapRow } from '../../protocol/index.ts';
import { render } from '../../text/index.ts';

const WORDS: Record<MapCell, string> = {
  on: 'on already',
  stops: 'stops him',
  'not-enough': 'not enough',
  'nothing-to-stop': 'he gains nothing anyway',
  'lets-him-win': 'lets him win',
  needs: 'needs another defence first',
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
        Running every strategy again with each defence turned on, one at a time…
      </p>
    );
  return (
    <section
      className="matrix-scroll matrix-map-box"
      aria-label="Defence map"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it may scroll sideways, so keyboard users must be able to reach it
      tabIndex={0}
    >
      <table className="matrix-grid defence-map" data-testid="defence-map">
        <caption>
          Each cell: does turning on that one defence, the others as chosen above, stop that
          strategy? Every cell was computed by running it.
        </caption>
        <thead>
          <tr>
            <th scope="col">Oscar’s strategy</th>
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
                  {WORDS[cell]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
