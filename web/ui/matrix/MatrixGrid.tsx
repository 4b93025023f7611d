import { checkLabel } from '../../protocol/checks.ts';
import { verdictWords } from '../../protocol/matrix/verdict.ts';
import { BEST_ATTACK_ROW, BestAttackRow } from './BestAttackRow.tsx';
import type { MatrixState } from './use-matrix.ts';
import './matrix.css';

interface Props {
  readonly state: MatrixState;
  readonly selected: string | null;
  readonly onSelect: (rowId: string) => void;
}

const yesNo = (n: number, what: string) => (n > 0 ? `Yes: ${n} ${what}` : 'No');

/** One row per strategy: what Oscar read, what was accepted, what caught him, who won. */
export function MatrixGrid({ state, selected, onSelect }: Props) {
  const { status, results } = state;
  return (
    <div className="matrix">
      <p
        className="matrix-status"
        aria-live="polite"
        data-testid="matrix-status"
        data-milliseconds={state.milliseconds ?? undefined}
        data-crypto-milliseconds={state.cryptoMilliseconds ?? undefined}
      >
        {status === 'running' && `Running Oscar’s strategies… ${results.length} done.`}
        {status === 'done' &&
          `All ${results.length} strategies ran in ${Math.round(state.milliseconds ?? 0)} ms${state.cryptoMilliseconds !== null ? `, ${Math.round(state.cryptoMilliseconds)} ms of it inside WebCrypto` : ''}${state.where === 'page' ? ' (on the page: no worker could start)' : ''}.`}
        {status === 'failed' && `The matrix stopped: ${state.error}`}
      </p>
      <table className="matrix-grid" data-testid="matrix-grid">
        <caption>Oscar’s strategies against these defences</caption>
        <thead>
          <tr>
            <th scope="col">Oscar’s strategy</th>
            <th scope="col">Read anything?</th>
            <th scope="col">Forged or replayed accepted?</th>
            <th scope="col">Detected, by</th>
            <th scope="col">Who won</th>
          </tr>
        </thead>
        <tbody>
          {results.map(({ row, verdict }) => (
            <tr
              key={row.id}
              className={`matrix-row winner-${verdict.winner}`}
              aria-current={row.id === selected ? 'true' : undefined}
              data-row={row.id}
            >
              <th scope="row">
                <button
                  type="button"
                  className="matrix-play"
                  aria-pressed={row.id === selected}
                  onClick={() => onSelect(row.id)}
                >
                  {row.label}
                </button>
              </th>
              <td>
                {verdict.read > 0
                  ? `Yes: ${verdict.read} of ${verdict.sent}${verdict.readLater > 0 ? ` (${verdict.readLater} later)` : ''}`
                  : 'No'}
              </td>
              <td>{yesNo(verdict.accepted, 'accepted')}</td>
              <td>{verdict.detectedBy ? checkLabel(verdict.detectedBy) : 'Not detected'}</td>
              <td className="matrix-winner">{verdictWords(verdict)}</td>
            </tr>
          ))}
          {state.best && (
            <BestAttackRow
              best={state.best}
              selected={selected === BEST_ATTACK_ROW}
              onSelect={() => onSelect(BEST_ATTACK_ROW)}
            />
          )}
        </tbody>
      </table>
    </div>
  );
}
