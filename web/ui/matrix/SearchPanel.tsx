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
import { render, t } from '../../text/index.ts';
import '../../text/messages/ui-matrix.ts';
import { Rich } from '../rich-text.tsx';
import type { MatrixState } from './use-matrix.ts';

/** The row id of the best attack, in links: `#/matrix?row=best-attack`. */
export const BEST_ATTACK_ROW = 'best-attack';

const DEPTHS = Array.from({ length: MAX_DEPTH - DEFAULT_DEPTH + 1 }, (_, i) => DEFAULT_DEPTH + i);

/** The message naming each arena the search runs in. */
const ARENAS: Record<string, string> = {
  'two-sessions': 'ui.matrix.arena.two-sessions',
  handshake: 'ui.matrix.arena.handshake',
};

const arenaName = (arena: string) => (ARENAS[arena] ? t(ARENAS[arena]) : arena);

/**
 * What the search may do, by family, from the moves the strategies declare: each move's own
 * sentence, whole, so that it reads right in every language.
 */
function MoveSet() {
  const groups = new Map<MoveGroup, string[]>();
  for (const move of searchMoves())
    groups.set(move.group, [...(groups.get(move.group) ?? []), render(move.says(null))]);
  return (
    <details className="matrix-moves">
      <summary>{t('ui.matrix.search.moves', { count: searchMoves().length })}</summary>
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
      <h2 id="search-title">{t('ui.matrix.search.heading')}</h2>
      <p>
        {t('ui.matrix.search.intro', {
          depth,
          first: arenaName('two-sessions'),
          second: arenaName('handshake'),
        })}
      </p>
      <MoveSet />
      <div className="matrix-depth">
        <label htmlFor="search-depth">
          <Rich
            k="ui.matrix.search.depth"
            nodes={{
              depth: (
                <select
                  id="search-depth"
                  value={depth}
                  onChange={(e) => onDepth(Number(e.target.value))}
                  data-testid="search-depth"
                >
                  {DEPTHS.map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </select>
              ),
            }}
          />
        </label>
        {searching && (
          <button type="button" onClick={onCancel} data-testid="search-cancel">
            {t('ui.matrix.search.stop')}
          </button>
        )}
      </div>
      {searching && (
        <p className="matrix-progress" aria-live="polite" data-testid="search-progress">
          <progress
            max={depth}
            value={searching.depth}
            aria-label={t('ui.matrix.search.depth-reached')}
          />{' '}
          {/* Counts as strings: written as plain digits, as the data attributes hold them. */}
          {t('ui.matrix.search.progress', {
            scripts: String(searching.scripts),
            states: String(searching.states),
            depth: searching.depth,
          })}
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
            {t(
              state.searchMilliseconds !== null
                ? 'ui.matrix.search.status-timed'
                : 'ui.matrix.search.status',
              {
                cancelled: search.cancelled ? 'yes' : 'no',
                scripts: String(search.scripts),
                states: String(search.states),
                pruned: String(search.pruned),
                ms: String(Math.round(state.searchMilliseconds ?? 0)),
              },
            )}
          </p>
          {found ? (
            <>
              <p className={`matrix-verdict winner-oscar`}>
                {t('ui.matrix.search.found', {
                  opening:
                    found.steps.length === 0
                      ? t('ui.matrix.search.listens')
                      : t('ui.matrix.search.wins-in', {
                          moves: found.steps.length,
                          arena: arenaName(found.arena),
                        }),
                  verdict: render(verdictWords(found.verdict)),
                  confirmed: found.confirmed ? 'yes' : 'no',
                })}
              </p>
              <p className="matrix-why" data-testid="search-why">
                {t('ui.matrix.search.why', {
                  reasons: verdictReasons(found.verdict)
                    .map((reason) => render(reason))
                    .join(' '),
                })}
              </p>
              <ol className="matrix-steps">
                {found.narrated.map((step, i) => (
                  <li key={`${found.steps[i]?.at ?? 'after'}-${step.move}`}>
                    {t('ui.matrix.search.step', { step: render(step.says) })}
                    <span className="matrix-stop">
                      {' '}
                      {t('ui.matrix.search.stopped-by', { defence: render(step.stoppedBy) })}
                    </span>
                  </li>
                ))}
              </ol>
              <button type="button" aria-pressed={shown} onClick={onPlay} data-testid="play-best">
                {t('ui.matrix.search.play')}
              </button>
              <p className="muted">{t('ui.matrix.search.on-stage')}</p>
            </>
          ) : (
            <p className="matrix-verdict">
              {search.cancelled
                ? t('ui.matrix.search.none-stopped')
                : t('ui.matrix.search.none', { depth: search.depth })}
            </p>
          )}
          <p className="matrix-honest">{t('ui.matrix.search.honest', { depth: search.depth })}</p>
        </div>
      )}
    </section>
  );
}
