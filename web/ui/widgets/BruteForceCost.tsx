import { useId, useState } from 'react';
import {
  type Duration,
  describeDuration,
  durationText,
  factorPerBit,
  fitDoubling,
  fitLeastSquares,
  formatCount,
  type Line,
  log10SecondsForSteps,
  type Measurement,
  PUBLISHED_ATTACKS,
  predictLog10Seconds,
  secondsPerSearch,
  stepsPerSecond,
  TARGETS,
} from '../../protocol/index.ts';
import { ExtendedPlot, MeasuredPlot } from './CostPlot.tsx';
import {
  BUDGET_SECONDS,
  type CostMeasurement,
  useCostMeasurement,
} from './use-cost-measurement.ts';
import './widgets.css';
import { formatNumber, render, t } from '../../text/index.ts';
import '../../text/messages/ui-cost.ts';

/** Oscar's brute-force time measured on this computer, against the size of p, then extended. */
export default function BruteForceCost() {
  const headingId = useId();
  const { state, start, stop } = useCostMeasurement();
  const running = state.status === 'running';
  const { measurements } = state;
  const line = fitDoubling(measurements);
  return (
    <section className="widget" aria-labelledby={headingId} data-testid="brute-force-cost">
      <h3 id={headingId}>{t('ui.cost.heading')}</h3>
      <p>{t('ui.cost.intro', { budget: BUDGET_SECONDS })}</p>
      <button type="button" onClick={running ? stop : start} data-testid="cost-measure">
        {t(running ? 'ui.cost.stop' : measurements.length ? 'ui.cost.again' : 'ui.cost.measure')}
      </button>
      {state.current && (
        <p className="widget-progress" data-testid="cost-progress">
          {t('ui.cost.progress', {
            bits: state.current.bits,
            searches: String(state.current.searches),
            steps: formatNumber(state.current.steps),
          })}
        </p>
      )}
      <p role="status" className="widget-status" data-testid="cost-status">
        {statusText(state)}
      </p>
      {line && measurements.length > 0 && <Results measurements={measurements} line={line} />}
      <PublishedNote measurements={measurements} />
    </section>
  );
}

function statusText({ status, measurements, error }: CostMeasurement): string {
  const last = measurements.at(-1);
  const lastText = last ? t('ui.cost.last', { bits: last.bits, time: perSearch(last) }) : '';
  switch (status) {
    case 'idle':
      return t('ui.cost.idle');
    case 'running':
      return last ? t('ui.cost.measured', { last: lastText }) : t('ui.cost.measuring');
    case 'stopped':
      return t('ui.cost.stopped', {
        last: last ? t('ui.cost.last-measured', { last: lastText }) : '',
      });
    case 'failed':
      return t('ui.cost.failed', { error: String(error) });
    case 'done':
      return last
        ? t('ui.cost.done', {
            sizes: measurements.length,
            last: lastText,
            rate: formatCount(stepsPerSecond(last)),
          })
        : t('ui.cost.done-empty');
  }
}

/** Averaged over many searches timed together, so finer than the timer's resolution. */
const perSearch = (m: Measurement): string =>
  durationText(describeDuration(Math.log10(secondsPerSearch(m))));

function Power({ duration }: { duration: Duration }) {
  if (duration.kind === 'plain') return <>{duration.text}</>;
  return (
    <>
      about 10<span className="visually-hidden"> to the power </span>
      <sup>{duration.exponent}</sup> years
    </>
  );
}

function Results({ measurements, line }: { measurements: readonly Measurement[]; line: Line }) {
  const free = fitLeastSquares(measurements);
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <>
      <figure className="cost-figure">
        <MeasuredPlot measurements={measurements} line={line} />
        <figcaption>
          {free
            ? t('ui.cost.caption-grow', { factor: factorPerBit(free).toFixed(2) })
            : t('ui.cost.caption')}
        </figcaption>
      </figure>
      <h4>{t('ui.cost.extended')}</h4>
      <figure className="cost-figure">
        <ExtendedPlot measurements={measurements} line={line} />
      </figure>
      <ul className="cost-targets" data-testid="cost-extrapolation">
        {TARGETS.map((target) => (
          <li key={target.id}>
            {render(target.label)}:{' '}
            <Power duration={describeDuration(predictLog10Seconds(line, target.bits))} />
          </li>
        ))}
      </ul>
      <p className="widget-note">
        Extrapolated, not measured: it also assumes a step on big numbers is as fast as here, so the
        real figures are larger. The universe is about 1.4 × 10
        <span className="visually-hidden"> to the power </span>
        <sup>10</sup> years old.
      </p>
      <div className="cost-table">
        <button
          type="button"
          className="link-button"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          <span aria-hidden="true">{showTable ? '▾' : '▸'}</span> {t('ui.cost.show-table')}
        </button>
        <table id={tableId} hidden={!showTable}>
          <caption className="visually-hidden">{t('ui.cost.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.cost.bits')}</th>
              <th scope="col">{t('ui.cost.searches')}</th>
              <th scope="col">{t('ui.cost.steps')}</th>
              <th scope="col">{t('ui.cost.per-search')}</th>
            </tr>
          </thead>
          <tbody>
            {measurements.map((m) => (
              <tr key={m.bits}>
                <th scope="row">{m.bits}</th>
                <td>{formatNumber(m.searches)}</td>
                <td>{formatNumber(m.steps)}</td>
                <td>{perSearch(m)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function PublishedNote({ measurements }: { measurements: readonly Measurement[] }) {
  const last = measurements.at(-1);
  const rate = last ? stepsPerSecond(last) : null;
  return (
    <p className="widget-note" data-testid="cost-published">
      <strong>Published estimates, not measured here:</strong> real attackers do better than trying
      every exponent. The number field sieve against 2048-bit finite-field Diffie-Hellman and
      Pollard’s rho against P-256 need about 2
      <span className="visually-hidden"> to the power </span>
      <sup>112</sup> and 2<span className="visually-hidden"> to the power </span>
      <sup>128</sup> operations (NIST SP 800-57).
      {rate &&
        PUBLISHED_ATTACKS.map((attack, index) => (
          <span key={attack.id}>
            {index === 0 ? ' At one operation per exponent tried here, that is ' : ' and '}
            <Power duration={describeDuration(log10SecondsForSteps(attack.log2Operations, rate))} />
            {index === PUBLISHED_ATTACKS.length - 1 ? ': still out of reach.' : ''}
          </span>
        ))}
      {!rate && ' Still out of reach.'}
    </p>
  );
}
