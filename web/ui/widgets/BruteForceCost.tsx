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
import { formatNumber, render } from '../../text/index.ts';

/** Oscar's brute-force time measured on this computer, against the size of p, then extended. */
export default function BruteForceCost() {
  const headingId = useId();
  const { state, start, stop } = useCostMeasurement();
  const running = state.status === 'running';
  const { measurements } = state;
  const line = fitDoubling(measurements);
  return (
    <section className="widget" aria-labelledby={headingId} data-testid="brute-force-cost">
      <h3 id={headingId}>Oscar’s time as p grows</h3>
      <p>
        A background thread runs Oscar’s search on random secrets for p of 8 bits, then 12, 16 and
        up, while one search is expected to take under {BUDGET_SECONDS} s.
      </p>
      <button type="button" onClick={running ? stop : start} data-testid="cost-measure">
        {running ? 'Stop' : measurements.length ? 'Measure again' : 'Measure on this computer'}
      </button>
      {state.current && (
        <p className="widget-progress" data-testid="cost-progress">
          Measuring p of {state.current.bits} bits: {state.current.searches} searches done,{' '}
          {formatNumber(state.current.steps)} exponents tried…
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
  const lastText = last ? `p of ${last.bits} bits: ${perSearch(last)} per search.` : '';
  switch (status) {
    case 'idle':
      return 'Nothing measured yet.';
    case 'running':
      return last ? `Measured ${lastText}` : 'Measuring…';
    case 'stopped':
      return `Stopped. ${last ? `Last measured ${lastText}` : ''}`;
    case 'failed':
      return `The measurement failed: ${error}`;
    case 'done':
      return last
        ? `Done: ${measurements.length} sizes, up to ${lastText} This computer tried about ${formatCount(stepsPerSecond(last))} exponents a second.`
        : 'Done.';
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
          Dots: measured here. Dashed line: time doubling with every bit, fitted to the dots
          {free ? ` (the dots alone grow ×${factorPerBit(free).toFixed(2)} per bit)` : ''}.
        </figcaption>
      </figure>
      <h4>The line, carried on</h4>
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
          <span aria-hidden="true">{showTable ? '▾' : '▸'}</span> The measurements as a table
        </button>
        <table id={tableId} hidden={!showTable}>
          <caption className="visually-hidden">Oscar’s brute-force search, measured here</caption>
          <thead>
            <tr>
              <th scope="col">Bits of p</th>
              <th scope="col">Searches</th>
              <th scope="col">Exponents tried</th>
              <th scope="col">Per search</th>
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
