import '../../text/messages/settings-patterns.ts';
import { memo } from 'react';
import { checkLabel, type MatrixRow, type Verdict, verdictWords } from '../../protocol/index.ts';
import type { MatrixState } from './use-matrix.ts';
import './matrix.css';
import { render, t } from '../../text/index.ts';
import '../../text/messages/ui-matrix.ts';

interface Props {
  /**
   * The rows of the chosen defences, known before any runs: each stands in the table from the
   * first paint, so the table does not grow (and the page below it move) as answers arrive.
   */
  readonly rows: readonly MatrixRow[];
  readonly state: MatrixState;
  /** The row on the stage. */
  readonly shown: string | null;
  readonly onSelect: (rowId: string) => void;
}

function readCell(v: Verdict): string {
  if (v.read === 0) return t('ui.matrix.cell.no');
  return t('ui.matrix.cell.read-yes', { read: v.read, sent: v.sent, later: v.readLater });
}

/** One row per strategy: what Oscar read, what was accepted or lost, what caught him, who won. */
export function MatrixGrid({ rows, state, shown, onSelect }: Props) {
  const { status, results, answered } = state;
  const resultOf = new Map(results.map((result) => [result.row.id, result]));
  return (
    <div className="matrix">
      <p
        className="matrix-status"
        aria-live="polite"
        data-testid="matrix-status"
        data-milliseconds={state.milliseconds ?? undefined}
        data-crypto-milliseconds={state.cryptoMilliseconds ?? undefined}
      >
        {status === 'running' && t('ui.matrix.grid.running', { done: answered.size })}
        {status === 'done' &&
          // Times as plain digits, as the data attributes hold them.
          t('ui.matrix.grid.done', {
            count: results.length,
            ms: String(Math.round(state.milliseconds ?? 0)),
            crypto:
              state.cryptoMilliseconds !== null
                ? String(Math.round(state.cryptoMilliseconds))
                : 'none',
            onPage: state.where === 'page' ? 'yes' : 'no',
          })}
        {status === 'failed' && t('ui.matrix.grid.failed', { error: state.error ?? '' })}
      </p>
      <div className="matrix-scroll">
        <table
          className="matrix-grid"
          data-testid="matrix-grid"
          aria-busy={status === 'running' ? 'true' : undefined}
        >
          <caption>{t('ui.matrix.grid.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.matrix.strategy')}</th>
              <th scope="col">{t('ui.matrix.grid.read')}</th>
              <th scope="col">{t('ui.matrix.grid.accepted')}</th>
              <th scope="col">{t('ui.matrix.grid.lost')}</th>
              <th scope="col">{t('ui.matrix.grid.caught-by')}</th>
              <th scope="col">{t('ui.matrix.grid.who-won')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const verdict = resultOf.get(row.id)?.verdict;
              return (
                <GridRow
                  key={row.id}
                  row={row}
                  verdict={verdict}
                  stale={verdict !== undefined && !answered.has(row.id)}
                  shown={row.id === shown}
                  onSelect={onSelect}
                />
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface GridRowProps {
  readonly row: MatrixRow;
  /** Its answer, once run (with the defences before, while it runs again). */
  readonly verdict: Verdict | undefined;
  /** The answer is from the defences before. */
  readonly stale: boolean;
  readonly shown: boolean;
  readonly onSelect: (rowId: string) => void;
}

/**
 * One strategy's row. Answers arrive many times a second while the grid runs: a row renders
 * again only when its own answer, or whether it is on the stage, changes.
 */
const GridRow = memo(function GridRow({ row, verdict, stale, shown, onSelect }: GridRowProps) {
  const state = !verdict ? ' is-pending' : ` winner-${verdict.winner}${stale ? ' is-stale' : ''}`;
  return (
    <tr
      className={`matrix-row${state}`}
      aria-current={shown ? 'true' : undefined}
      data-row={row.id}
    >
      <th scope="row">
        <button
          type="button"
          className="matrix-play"
          aria-pressed={shown}
          onClick={() => onSelect(row.id)}
        >
          {render(row.label)}
        </button>
      </th>
      <Cells verdict={verdict} />
    </tr>
  );
});

/**
 * The five answers of a row, or "…" in each while it runs. The cells stay the same elements
 * when an answer arrives and only their text changes: replacing a table's cells makes the
 * browser rebuild the table's layout, once per row, while the answers stream in.
 */
function Cells({ verdict }: { verdict: Verdict | undefined }) {
  const pending = '…';
  return (
    <>
      <td data-label={t('ui.matrix.cell.read')}>{verdict ? readCell(verdict) : pending}</td>
      <td data-label={t('ui.matrix.cell.accepted')}>
        {!verdict
          ? pending
          : verdict.accepted > 0
            ? t('ui.matrix.cell.yes', { count: verdict.accepted })
            : t('ui.matrix.cell.no')}
      </td>
      <td data-label={t('ui.matrix.cell.lost')}>
        {!verdict
          ? pending
          : verdict.lost > 0 && verdict.detectedBy === null
            ? t('ui.matrix.cell.yes', { count: verdict.lost })
            : t('ui.matrix.cell.no')}
      </td>
      <td data-label={t('ui.matrix.grid.caught-by')}>
        {!verdict
          ? pending
          : verdict.detectedBy
            ? render(checkLabel(verdict.detectedBy))
            : t('ui.matrix.cell.nobody-noticed')}
      </td>
      <td className="matrix-winner" data-label={t('ui.matrix.grid.who-won')}>
        {verdict ? render(verdictWords(verdict)) : t('ui.matrix.cell.running')}
      </td>
    </>
  );
}
