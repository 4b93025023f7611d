import { useId, useState } from 'react';
import {
  describeDuration,
  factorPerBit,
  fitDoubling,
  fitLeastSquares,
  type Line,
  log10SecondsForSteps,
  type Measurement,
  PUBLISHED_ATTACKS,
  predictLog10Seconds,
  stepsPerSecond,
  TARGETS,
} from '../../protocol/index.ts';
import { ExtendedPlot, MeasuredPlot } from './CostPlot.tsx';
import { countInWords, DurationView, searchTimeText } from './durations.tsx';
import { Pow } from './NumberField.tsx';
import {
  BUDGET_SECONDS,
  type CostMeasurement,
  useCostMeasurement,
} from './use-cost-measurement.ts';
import './widgets.css';
import { formatNumber, render, t } from '../../text/index.ts';
import '../../text/messages/ui-cost.ts';
import { Rich } from '../rich-text.tsx';

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
  const lastText = last ? t('ui.cost.last', { bits: last.bits, time: searchTimeText(last) }) : '';
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
            rate: countInWords(stepsPerSecond(last)),
          })
        : t('ui.cost.done-empty');
  }
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
            <DurationView duration={describeDuration(predictLog10Seconds(line, target.bits))} />
          </li>
        ))}
      </ul>
      <p className="widget-note">
        <Rich k="ui.cost.extrapolated" nodes={{ power: <Pow base="10" exponent="10" /> }} />
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
                <td>{searchTimeText(m)}</td>
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
  // PUBLISHED_ATTACKS lists 2048-bit finite-field DH, then P-256: the order the sentence names them.
  const [ffdh, ecc] = PUBLISHED_ATTACKS.map((attack) => (
    <Pow key={attack.id} base="2" exponent={attack.log2Operations} />
  ));
  const [ffdhTime, eccTime] = PUBLISHED_ATTACKS.map((attack) =>
    rate === null ? null : (
      <DurationView
        key={attack.id}
        duration={describeDuration(log10SecondsForSteps(attack.log2Operations, rate))}
      />
    ),
  );
  return (
    <p className="widget-note" data-testid="cost-published">
      <strong>{t('ui.cost.published-heading')}</strong>{' '}
      <Rich k="ui.cost.published" nodes={{ ffdh, ecc }} />{' '}
      {ffdhTime && eccTime ? (
        <Rich k="ui.cost.published-at-rate" nodes={{ ffdh: ffdhTime, ecc: eccTime }} />
      ) : (
        t('ui.cost.out-of-reach')
      )}
    </p>
  );
}
