import { useId } from 'react';
import { modPow, type ToyGroup } from '../../crypto/index.ts';
import { describeElapsed } from '../../protocol/index.ts';
import { formatNumber, t } from '../../text/index.ts';
import { countInWords, elapsedText } from './durations.tsx';
import { Pow } from './NumberField.tsx';
import { type SearchState, useDiscreteLogSearch } from './use-discrete-log-search.ts';
import '../../text/messages/ui-widgets.ts';
import { Rich } from '../rich-text.tsx';

interface Props {
  readonly group: ToyGroup;
  /** Alice's secret, only to say whether Oscar's exponent is the same number. */
  readonly a: bigint;
  readonly A: bigint;
  readonly B: bigint;
  /** What Alice and Bob computed. */
  readonly shared: bigint;
}

/** Oscar tries x = 0, 1, 2, … until g^x mod p = A, then computes B^x mod p like Alice. */
export function OscarSearch({ group, a, A, B, shared }: Props) {
  const { p, g, q } = group;
  const progressId = useId();
  const { state, start, stop } = useDiscreteLogSearch(g, A, p);
  const running = state.status === 'running';
  const tried = 'tried' in state ? state.tried : 0;
  return (
    <>
      <h4>{t('ui.search.heading')}</h4>
      <p>
        <Rich k="ui.search.intro" nodes={{ power: <Pow base="g" exponent="x" /> }} />
      </p>
      <button type="button" onClick={running ? stop : start} data-testid="toy-attack">
        {t(
          running
            ? 'ui.search.stop'
            : state.status === 'idle'
              ? 'ui.search.run'
              : 'ui.search.again',
        )}
      </button>
      <div className="widget-progress">
        <label htmlFor={progressId}>{t('ui.search.tried')}</label>
        <progress id={progressId} max={Number(q)} value={Math.min(tried, Number(q))} />
        <span data-testid="toy-tried">
          {t('ui.search.of-at-most', { tried: formatNumber(tried), most: formatNumber(q) })}
        </span>
      </div>
      <div role="status" data-testid="toy-attack-status">
        <SearchResult state={state} group={group} a={a} A={A} B={B} shared={shared} />
      </div>
    </>
  );
}

function SearchResult({ state, group, B, shared }: Props & { state: SearchState }) {
  const { p, g } = group;
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return <p>{t('ui.search.running')}</p>;
    case 'failed':
      return <p>{t('ui.search.failed', { problem: state.message })}</p>;
    case 'stopped':
      return (
        <p>
          {t('ui.search.stopped', {
            tried: state.tried,
            time: elapsedText(describeElapsed(state.ms)),
          })}
        </p>
      );
    case 'not-found':
      return <p>{t('ui.search.not-found', { g: String(g) })}</p>;
    case 'found': {
      const x = state.exponent;
      const oscar = modPow(B, x, p);
      const timed = state.ms >= 5;
      return (
        <>
          <p>
            <Rich
              k={timed ? 'ui.search.found-rate' : 'ui.search.found'}
              params={{
                tried: state.tried,
                time: elapsedText(describeElapsed(state.ms)),
                p: String(p),
                value: String(modPow(g, x, p)),
                ...(timed ? { rate: countInWords((state.tried / state.ms) * 1000) } : {}),
              }}
              nodes={{
                x: <strong data-testid="toy-found">{String(x)}</strong>,
                power: <Pow base={String(g)} exponent={String(x)} />,
              }}
            />
          </p>
          <p className={`widget-verdict ${oscar === shared ? 'is-lost' : 'is-same'}`}>
            <Rich
              k={oscar === shared ? 'ui.search.same' : 'ui.search.differs'}
              params={{ p: String(p), shared: String(shared) }}
              nodes={{
                formula: <Pow base="B" exponent="x" />,
                power: <Pow base={String(B)} exponent={String(x)} />,
                value: <strong data-testid="toy-oscar-shared">{String(oscar)}</strong>,
              }}
            />
          </p>
        </>
      );
    }
  }
}
