import type { ReactNode } from 'react';
import { TOY_GROUPS } from '../../crypto/index.ts';
import {
  type Line,
  type Measurement,
  predictLog10Seconds,
  secondsPerSearch,
  TARGETS,
} from '../../protocol/index.ts';
import { render, t } from '../../text/index.ts';
import '../../text/messages/ui-cost.ts';
import { searchTimeText } from './durations.tsx';

const W = 320;
const H = 200;
const LEFT = 58;
const RIGHT = 14;
const TOP = 26;
const BOTTOM = 40;
const LOG10_YEAR = Math.log10(365.25 * 86400);

interface Axis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly { readonly value: number; readonly label: string }[];
  readonly title: string;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function tenTo(exponent: number): string {
  const digits = [...String(Math.abs(exponent))].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `10${exponent < 0 ? '⁻' : ''}${digits}`;
}

/** A time axis's tick at 10^decade seconds: "1 µs" up to "100 s", and a power of ten beyond. */
function secondsLabel(decade: number): string {
  if (decade < -6 || decade > 2) return t('ui.duration.seconds-power', { power: tenTo(decade) });
  if (decade < -3) return t('ui.duration.microseconds', { amount: 10 ** (decade + 6) });
  if (decade < 0) return t('ui.duration.milliseconds', { amount: 10 ** (decade + 3) });
  return t('ui.duration.seconds', { amount: 10 ** decade });
}

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let v = from; v <= to; v += step) values.push(v);
  return values;
}

function Chart({
  label,
  x,
  y,
  children,
}: {
  label: string;
  x: Axis;
  y: Axis;
  children: (sx: (v: number) => number, sy: (v: number) => number) => ReactNode;
}) {
  const sx = (v: number) => LEFT + ((v - x.min) / (x.max - x.min)) * (W - LEFT - RIGHT);
  const sy = (v: number) => H - BOTTOM - ((v - y.min) / (y.max - y.min)) * (H - TOP - BOTTOM);
  return (
    <svg className="cost-plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {y.ticks.map((tick) => (
        <g key={`y${tick.value}`}>
          <line
            className="plot-grid"
            x1={LEFT}
            x2={W - RIGHT}
            y1={sy(tick.value)}
            y2={sy(tick.value)}
          />
          <text className="plot-tick" x={LEFT - 5} y={sy(tick.value) + 4} textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {x.ticks.map((tick) => (
        <text
          key={`x${tick.value}`}
          className="plot-tick"
          x={sx(tick.value)}
          y={H - BOTTOM + 15}
          textAnchor="middle"
        >
          {tick.label}
        </text>
      ))}
      <line className="plot-axis" x1={LEFT} x2={W - RIGHT} y1={H - BOTTOM} y2={H - BOTTOM} />
      <line className="plot-axis" x1={LEFT} x2={LEFT} y1={TOP} y2={H - BOTTOM} />
      <text className="plot-title" x={(LEFT + W - RIGHT) / 2} y={H - 6} textAnchor="middle">
        {x.title}
      </text>
      <text className="plot-title" x={4} y={13}>
        {y.title}
      </text>
      {children(sx, sy)}
    </svg>
  );
}

interface Props {
  readonly measurements: readonly Measurement[];
  readonly line: Line;
}

/** Measured points and the doubling line, over the toy sizes. */
export function MeasuredPlot({ measurements, line }: Props) {
  const first = TOY_GROUPS[0]?.bits ?? 8;
  const last = TOY_GROUPS.at(-1)?.bits ?? 32;
  const ys = [
    ...measurements.map((m) => Math.log10(secondsPerSearch(m))),
    predictLog10Seconds(line, first),
    predictLog10Seconds(line, last),
  ];
  const low = Math.floor(Math.min(...ys));
  const high = Math.ceil(Math.max(...ys));
  const step = high - low > 6 ? 2 : 1;
  const y: Axis = {
    min: low,
    max: high,
    ticks: range(low, high, step).map((d) => ({ value: d, label: secondsLabel(d) })),
    title: t('ui.cost.plot.time'),
  };
  const x: Axis = {
    min: first - 2,
    max: last + 2,
    ticks: TOY_GROUPS.map((g) => ({ value: g.bits, label: String(g.bits) })),
    title: t('ui.cost.plot.bits'),
  };
  const label = t('ui.cost.plot.measured', {
    points: measurements
      .map((m) => t('ui.cost.plot.point', { bits: m.bits, time: searchTimeText(m) }))
      .join(t('ui.cost.plot.separator')),
  });
  return (
    <Chart label={label} x={x} y={y}>
      {(sx, sy) => (
        <>
          <line
            className="plot-fit"
            x1={sx(first)}
            y1={sy(predictLog10Seconds(line, first))}
            x2={sx(last)}
            y2={sy(predictLog10Seconds(line, last))}
          />
          {measurements.map((m) => (
            <circle
              key={m.bits}
              className="plot-point"
              cx={sx(m.bits)}
              cy={sy(Math.log10(secondsPerSearch(m)))}
              r={5}
            />
          ))}
        </>
      )}
    </Chart>
  );
}

/** The same line carried on to real key sizes, in years. */
export function ExtendedPlot({ measurements, line }: Props) {
  const years = (bits: number) => predictLog10Seconds(line, bits) - LOG10_YEAR;
  const top = Math.max(100, Math.ceil(years(2100) / 100) * 100);
  const step = top > 400 ? 200 : 100;
  const y: Axis = {
    min: -top / 12,
    max: top,
    ticks: range(0, top, step).map((e) => ({ value: e, label: e === 0 ? '1' : tenTo(e) })),
    title: t('ui.cost.plot.years'),
  };
  const x: Axis = {
    min: 0,
    max: 2100,
    ticks: [0, 512, 1024, 1536, 2048].map((v) => ({ value: v, label: String(v) })),
    title: t('ui.cost.plot.bits'),
  };
  const label = t('ui.cost.plot.extended', {
    targets: TARGETS.map((target) =>
      t('ui.cost.plot.target', {
        target: render(target.label),
        exponent: Math.round(years(target.bits)),
      }),
    ).join(t('ui.cost.plot.separator')),
  });
  return (
    <Chart label={label} x={x} y={y}>
      {(sx, sy) => (
        <>
          <line
            className="plot-fit"
            x1={sx(8)}
            y1={sy(years(8))}
            x2={sx(2100)}
            y2={sy(years(2100))}
          />
          {measurements.map((m) => (
            <circle
              key={m.bits}
              className="plot-point"
              cx={sx(m.bits)}
              cy={sy(Math.log10(secondsPerSearch(m)) - LOG10_YEAR)}
              r={3}
            />
          ))}
          {TARGETS.map((target) => (
            <g key={target.id}>
              <rect
                className="plot-target"
                x={sx(target.bits) - 5}
                y={sy(years(target.bits)) - 5}
                width={10}
                height={10}
              />
              <text
                className="plot-tick"
                x={sx(target.bits) + (target.bits > 1500 ? -9 : 8)}
                y={sy(years(target.bits)) + (target.bits > 1500 ? 4 : 17)}
                textAnchor={target.bits > 1500 ? 'end' : 'start'}
              >
                {t('ui.cost.plot.mark', {
                  name: t(`ui.cost.plot.name.${target.id}`),
                  power: tenTo(Math.round(years(target.bits))),
                })}
              </text>
            </g>
          ))}
        </>
      )}
    </Chart>
  );
}
