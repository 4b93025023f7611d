import '../../text/messages/engine-patterns.ts';
import {
  DEFAULT_DEPTH,
  MAX_DEPTH,
  MOVE_GROUPS,
  type MoveGroup,
  searchMoves,
  verdictReasons,
  verdictWords,
} from '../../protocol/index.ts';
import { render } from '../../text/index.ts';
import type { MatrixState } from './use-matrix.ts';

/** The row id of the best attack, in links: `#/matrix?row=best-attack`. */
export const BEST_ATTACK_ROW = 'best-attack';

const DEPTHS = Array.from({ length: MAX_DEPTH - DEFAULT_DEPTH + 1 }, (_, i) => DEFAULT_DEPTH + i);

const ARENAS: Record<string, string> = {
  'two-sessions': 'two sessions of payment orders',
  handshake: 'seed 003’s handshake',
};

/** What the search may do, by family, from the moves the strategies declare. */
function MoveSet() {
  const groups = new Map<MoveGroup, string[]>();
  for (const move of searchMoves())
    groups.set(move.group, [
      ...(groups.get(move.group) ?? []),
      render(move.says(null)).replace(/^Oscar /, ''),
    ]);
  return (
    <details className="matrix-moves">
      <summary>The moves it tries ({searchMoves().length})</summary>
      <dl>
        {[...groups].map(([group, says]) => (
          <div key={group}>
            <dt>{render(MOVE_GROUPS[group])}</dt>
            <dd>{[...new Set(says)].join('; ')}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

interface Props {
  readonly state: MatrixState;
  readonly depth: number;
  readonly onDepth: (depth: number) => void;
  readonly onCancel: () => void;
  readonly shown: boolean;
  readonly onPlay: () => void;
}

/** Oscar's best attack: the bound, the moves, the progress, the narrated shortest win. */
export function SearchPanel({ state, depth, onDepth, onCancel, shown, onPlay }: Props) {
  const { search, searching } = state;
  const found = search?.found ?? null;
  return (
    <section
      className="lesson-panel matrix-search"
      aria-labelledby="search-title"
      data-testid="best-attack"
    >
      <h2 id="search-title">Oscar’s best attack</h2>
      <p>
        A search over every script of at most {depth} of Oscar’s moves, each run for real, in{' '}
        {Object.values(ARENAS).join(' and in ')}. A line of play stops where Alice or Bob notice
        him, and where another script reached the same state first.
      </p>
      <MoveSet />
      <div className="matrix-depth">
        <label>
          At most{' '}
          <select
            value={depth}
            onChange={(e) => onDepth(Number(e.target.value))}
            data-testid="search-depth"
          >
            {DEPTHS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>{' '}
          moves
        </label>
        {searching && (
          <button type="button" onClick={onCancel} data-testid="search-cancel">
            Stop the search
          </button>
        )}
      </div>
      {searching && (
        <p className="matrix-progress" aria-live="polite" data-testid="search-progress">
          <progress max={depth} value={searching.depth} aria-label="Search depth reached" />{' '}
          {searching.scripts} scripts run, {searching.states} states, {searching.depth} moves deep…
        </p>
      )}
      {search && (
        <div
          data-testid="search-result"
          aria-live="polite"
          data-depth={search.depth}
          data-scripts={search.scripts}
          data-states={search.states}
          data-milliseconds={state.searchMilliseconds ?? undefined}
        >
          <p className="matrix-status">
            {search.cancelled ? 'Stopped: ' : ''}
            {search.scripts} scripts run, {search.states} distinct states, {search.pruned} scripts
            skipped as repeats
            {state.searchMilliseconds !== null
              ? `, in ${Math.round(state.searchMilliseconds)} ms`
              : ''}
            .
          </p>
          {found ? (
            <>
              <p className={`matrix-verdict winner-oscar`}>
                {found.steps.length === 0
                  ? 'Oscar wins without a move: he only listens.'
                  : `Oscar wins in ${found.steps.length} move${found.steps.length === 1 ? '' : 's'}, in ${ARENAS[found.arena] ?? found.arena}.`}{' '}
                {render(verdictWords(found.verdict))}.
                {found.confirmed ? ' Run twice, won twice.' : ''}
              </p>
              <p className="matrix-why" data-testid="search-why">
                Why it counts as a win:{' '}
                {verdictReasons(found.verdict)
                  .map((reason) => render(reason))
                  .join(' ')}
              </p>
              <ol className="matrix-steps">
                {found.narrated.map((step, i) => (
                  <li key={`${found.steps[i]?.at ?? 'after'}-${step.move}`}>
                    {render(step.says)}.
                    <span className="matrix-stop"> Stopped by: {render(step.stoppedBy)}.</span>
                  </li>
                ))}
              </ol>
              <button type="button" aria-pressed={shown} onClick={onPlay} data-testid="play-best">
                Play it on the stage
              </button>
              <p className="muted">
                On the stage, the sequence diagram sets each step beside the packet it acts on.
              </p>
            </>
          ) : (
            <p className="matrix-verdict">
              {search.cancelled
                ? 'No attack found before the search was stopped.'
                : `No attack within ${search.depth} moves.`}
            </p>
          )}
          <p className="matrix-honest">
            No attack within {search.depth} moves is not a proof: a longer script, or a move the Lab
            does not model, may still win.
          </p>
        </div>
      )}
    </section>
  );
}
