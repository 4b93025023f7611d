import { useEffect, useMemo, useState } from 'react';
import { BEST_ATTACK_SCENARIO, planOf } from '../protocol/matrix/best-attack.ts';
import { MATRIX_SETTINGS } from '../protocol/matrix/defences.ts';
import type { ScenarioConfig } from '../protocol/types.ts';
import { wholeRun } from '../store/playback-slice.ts';
import { useLab, useLabStoreApi } from '../store/store.ts';
import { ChoiceSelect } from '../ui/controls/ChoiceSelect.tsx';
import { BEST_ATTACK_ROW } from '../ui/matrix/BestAttackRow.tsx';
import { MatrixGrid } from '../ui/matrix/MatrixGrid.tsx';
import { useMatrix } from '../ui/matrix/use-matrix.ts';
import { replaceLink } from './links/navigation.ts';
import { formatMatrixLink, parseMatrixLink } from './matrix-url.ts';
import { Workbench } from './Workbench.tsx';

/** "Can Oscar win?": every Oscar strategy against the defences picked; a row plays on the stage. */
export function MatrixPage({ query, arrival }: { query: string; arrival: number }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: read afresh at every arrival, even of the same link
  const link = useMemo(() => parseMatrixLink(query), [query, arrival]);
  const [defences, setDefences] = useState<ScenarioConfig>(link.defences);
  const [selected, setSelected] = useState<string | null>(link.row);
  // A link arriving in the open page (pasted, followed, back or forward) replaces the defences.
  useEffect(() => {
    setDefences(link.defences);
    setSelected(link.row);
  }, [link]);
  const matrix = useMatrix(defences);
  const store = useLabStoreApi();
  const compute = useLab((s) => s.compute);

  useEffect(() => {
    const next = formatMatrixLink(defences, selected);
    replaceLink(next);
  }, [defences, selected]);

  const row = useMemo(() => {
    const found = matrix.best?.found;
    if (selected === BEST_ATTACK_ROW && found)
      return { scenario: BEST_ATTACK_SCENARIO, config: defences, plan: planOf(found.moves) };
    return matrix.results.find((r) => r.row.id === selected)?.row;
  }, [matrix.best, matrix.results, selected, defences]);
  useEffect(() => {
    if (!row) return;
    store.setState({ position: null, segmentOf: wholeRun, entry: 'start' });
    void compute({ name: row.scenario, config: row.config, plan: row.plan });
  }, [row, compute, store]);

  const settings = { config: defences, plan: { presence: 'off' } as const };
  return (
    <Workbench
      stepKey="matrix"
      panel={
        <section className="lesson-panel matrix-panel" aria-labelledby="matrix-title">
          <h2 id="matrix-title">Can Oscar win?</h2>
          <p>
            Pick Alice and Bob’s defences. Every one of Oscar’s strategies then runs against them
            with real cryptography, and each row says what he got. Choose a row to play it on the
            stage.
          </p>
          {link.problems.length > 0 && (
            <ul className="error" data-testid="matrix-problems">
              {link.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <fieldset className="matrix-defences">
            <legend>Defences</legend>
            {MATRIX_SETTINGS.map((setting) => (
              <ChoiceSelect
                key={setting.name}
                label={setting.label}
                value={setting.format(settings)}
                choices={setting.choices}
                testId={`defence-${setting.name}`}
                onChange={(value) => {
                  const applied = setting.apply(settings, value);
                  if ('settings' in applied) setDefences(applied.settings.config);
                }}
              />
            ))}
          </fieldset>
          <MatrixGrid state={matrix} selected={selected} onSelect={setSelected} />
        </section>
      }
    />
  );
}
