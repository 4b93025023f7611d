import { useEffect, useMemo, useState } from 'react';
import { arenaConfig, matrixRows, planOf, type ScenarioConfig } from '../protocol/index.ts';
import { wholeRun } from '../store/playback-slice.ts';
import { useLab, useLabStoreApi } from '../store/store.ts';
import { t } from '../text/index.ts';
import { DefenceBar } from '../ui/matrix/DefenceBar.tsx';
import { DefenceMap } from '../ui/matrix/DefenceMap.tsx';
import { DefenceSummary } from '../ui/matrix/DefenceSummary.tsx';
import { MatrixGrid } from '../ui/matrix/MatrixGrid.tsx';
import { BEST_ATTACK_ROW, SearchPanel } from '../ui/matrix/SearchPanel.tsx';
import { useMatrix } from '../ui/matrix/use-matrix.ts';
import { VerifpalExport } from '../ui/matrix/VerifpalExport.tsx';
import '../text/messages/ui-matrix.ts';
import { replaceLink } from '../ui/routing/navigation.ts';
import { formatMatrixLink, type MatrixView, parseMatrixLink } from './matrix-url.ts';
import { Workbench } from './Workbench.tsx';

/** "Can Oscar win?": every Oscar strategy against the defences picked; a row plays on the stage. */
export function MatrixPage({
  query,
  arrival,
  embed,
}: {
  query: string;
  arrival: number;
  /** On a slide: the defences fold into one line, so the grid shows in the first screen. */
  embed: boolean;
}) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: read afresh at every arrival, even of the same link
  const link = useMemo(() => parseMatrixLink(query), [query, arrival]);
  const [defences, setDefences] = useState<ScenarioConfig>(link.defences);
  const [selected, setSelected] = useState<string | null>(link.row);
  const [view, setView] = useState<MatrixView>(link.view);
  const [depth, setDepth] = useState(link.depth);
  // A link arriving in the open page (pasted, followed, back or forward) replaces what it sets,
  // in the same render, so that no effect writes the address from the settings it replaces.
  const [applied, setApplied] = useState(link);
  if (applied !== link) {
    setApplied(link);
    setDefences(link.defences);
    setSelected(link.row);
    setView(link.view);
    setDepth(link.depth);
  }
  const { state, searchTo, cancel, askForMap } = useMatrix(defences, depth);
  const store = useLabStoreApi();
  const compute = useLab((s) => s.compute);

  useEffect(() => {
    replaceLink(formatMatrixLink({ defences, row: selected, view, depth }));
  }, [defences, selected, view, depth]);

  useEffect(() => {
    if (view === 'map' && state.status === 'done' && !state.map) askForMap();
  }, [view, state.status, state.map, askForMap]);

  // Until the worker answers for these defences, its last answer is for others: not used.
  const current = state.defences === defences;
  const found = current ? (state.search?.found ?? null) : null;
  // The rows are known from the defences alone: a chosen row plays at once, without waiting
  // for the worker to run it.
  const rows = useMemo(() => matrixRows(defences), [defences]);
  const searched = current && state.search !== null;
  const known = selected === BEST_ATTACK_ROW ? found !== null : rows.some((r) => r.id === selected);
  // Before a row is chosen (or when the link's row is not there), the stage shows the best
  // attack once the search has reported, else the first row; until then it keeps what it shows.
  const shown = known
    ? selected
    : found
      ? BEST_ATTACK_ROW
      : searched
        ? (rows[0]?.id ?? null)
        : null;
  const unknownRow = selected !== null && !known && searched;

  const run = useMemo(() => {
    if (shown === BEST_ATTACK_ROW && found)
      return {
        scenario: found.arena,
        config: arenaConfig(found.arena, defences),
        plan: planOf(found.steps),
      };
    const row = rows.find((r) => r.id === shown);
    return row ? { scenario: row.scenario, config: row.config, plan: row.plan } : null;
  }, [shown, found, rows, defences]);
  useEffect(() => {
    if (!run) return;
    store.setState({ position: null, segmentOf: wholeRun, entry: 'start' });
    void compute(run);
  }, [run, compute, store]);

  const notices = [
    ...link.problems,
    ...(unknownRow
      ? [
          t('ui.matrix.page.unknown-row', {
            row: selected,
            shown: shown === BEST_ATTACK_ROW ? 'best' : 'first',
          }),
        ]
      : []),
  ];

  const lead = (
    <section
      className="matrix-lead"
      aria-labelledby="matrix-title"
      // Printed with the best attack on stage, the sheet is that attack: the grid stays on screen.
      data-on-stage={shown === BEST_ATTACK_ROW ? 'best-attack' : 'row'}
    >
      <h2 id="matrix-title">{t('ui.matrix.page.heading')}</h2>
      <p>{t('ui.matrix.page.intro')}</p>
      {notices.length > 0 && (
        <ul className="notice" data-testid="matrix-problems">
          {notices.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {embed ? (
        <DefenceSummary defences={defences} onChange={setDefences} />
      ) : (
        <DefenceBar defences={defences} onChange={setDefences} />
      )}
      <fieldset className="matrix-views">
        <legend className="visually-hidden">{t('ui.matrix.page.view')}</legend>
        {(['grid', 'map'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => setView(v)}
            data-testid={`view-${v}`}
          >
            {t(v === 'grid' ? 'ui.matrix.page.view-grid' : 'ui.matrix.page.view-map')}
          </button>
        ))}
      </fieldset>
      {view === 'grid' ? (
        <MatrixGrid rows={rows} state={state} shown={shown} onSelect={setSelected} />
      ) : (
        <DefenceMap map={state.map} />
      )}
      <VerifpalExport defences={defences} />
    </section>
  );

  return (
    <Workbench
      stepKey="matrix"
      tryIt={false}
      lead={lead}
      panel={
        <SearchPanel
          state={state}
          depth={depth}
          onDepth={(d) => {
            setDepth(d);
            searchTo(d);
          }}
          onCancel={cancel}
          shown={shown === BEST_ATTACK_ROW}
          onPlay={() => setSelected(BEST_ATTACK_ROW)}
        />
      }
    />
  );
}
