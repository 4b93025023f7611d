import { checkLabel, type MatrixRow, type Verdict, verdictWords } from '../../protocol/index.ts';
import type { MatrixState } from './use-matrix.ts';
import './matrix.css';
import { render } from '../../text/index.ts';

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
  if (v.read === 0) return 'No';
  return `Yes: ${v.read} of ${v.sent}${v.readLater > 0 ? ` (${v.readLater} later)` : ''}`;
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
        {status === 'running' && `Running Oscar’s strategies… ${answered.size} done.`}
        {status === 'done' &&
          `All ${results.length} strategies ran in ${Math.round(state.milliseconds ?? 0)} ms${state.cryptoMilliseconds !== null ? `, ${Math.round(state.cryptoMilliseconds)} ms of it inside WebCrypto` : ''}${state.where === 'page' ? ' (on the page: no worker could start)' : ''}.`}
        {status === 'failed' && `The matrix stopped: ${state.error}`}
      </p>
      <div className="matrix-scroll">
        <table
          className="matrix-grid"
          data-testid="matrix-grid"
          aria-busy={status === 'running' ? 'true' : undefined}
        >
          <caption>
            Oscar’s strategies against these defences. Choose one to play it on the stage.
          </caption>
          <thead>
            <tr>
              <th scope="col">Oscar’s strategy</th>
              <th scope="col">Read anything?</th>
              <th scope="col">Forged, replayed or reordered message accepted?</th>
              <th scope="col">Message lost unnoticed?</th>
              <th scope="col">Caught by</th>
              <th scope="col">Who won</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const verdict = resultOf.get(row.id)?.verdict;
              const state = !verdict
                ? ' is-pending'
                : ` winner-${verdict.winner}${answered.has(row.id) ? '' : ' is-stale'}`;
              return (
                <tr
                  key={row.id}
                  className={`matrix-row${state}`}
                  aria-current={row.id === shown ? 'true' : undefined}
                  data-row={row.id}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="matrix-play"
                      aria-pressed={row.id === shown}
                      onClick={() => onSelect(row.id)}
                    >
                      {row.label}
                    </button>
                  </th>
                  {verdict ? <VerdictCells verdict={verdict} /> : <PendingCells />}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The five answers of a row that has run. */
function VerdictCells({ verdict }: { verdict: Verdict }) {
  return (
    <>
      <td data-label="Read">{readCell(verdict)}</td>
      <td data-label="Accepted">{verdict.accepted > 0 ? `Yes: ${verdict.accepted}` : 'No'}</td>
      <td data-label="Lost unnoticed">
        {verdict.lost > 0 && verdict.detectedBy === null ? `Yes: ${verdict.lost}` : 'No'}
      </td>
      <td data-label="Caught by">
        {verdict.detectedBy ? render(checkLabel(verdict.detectedBy)) : 'Nobody noticed'}
      </td>
      <td className="matrix-winner" data-label="Who won">
        {render(verdictWords(verdict))}
      </td>
    </>
  );
}

/** A row still running: the same cells, so the table keeps its shape. */
function PendingCells() {
  return (
    <>
      <td data-label="Read">…</td>
      <td data-label="Accepted">…</td>
      <td data-label="Lost unnoticed">…</td>
      <td data-label="Caught by">…</td>
      <td className="matrix-winner" data-label="Who won">
        Running…
      </td>
    </>
  );
}
