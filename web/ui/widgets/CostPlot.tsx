import type { ReactNode } from 'react';
import { TOY_GROUPS } from '../../crypto/index.ts';
import {
  describeDuration,
  durationText,
  type Line,
  type Measurement,
  predictLog10Seconds,
  secondsPerSearch,
  TARGETS,
} from '../../protocol/index.ts';
import { render } from '../../text/index.ts';

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

const DECADES: Record<number, string> = {
  [-6]: '1 µs',
  [-5]: '10 µs',
  [-4]: '100 µs',
  [-3]: '1 ms',
  [-2]: '10 ms',
  [-1]: '100 ms',
  0: '1 s',
  1: '10 s',
  2: '100 s',
};
const secondsLabel = (decade: number) => DECADES[decade] ?? `${tenTo(decade)} s`;

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
      {y.ticks.map((t) => (
        <g key={`y${t.value}`}>
          <line className="plot-grid" x1={LEFT} x2={W - RIGHT} y1={sy(t.value)} y2={sy(t.value)} />
          <text className="plot-tick" x={LEFT - 5} y={sy(t.value) + 4} textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {x.ticks.map((t) => (
        <text
          key={`x${t.value}`}
          className="plot-tick"
          x={sx(t.value)}
          y={H - BOTTOM + 15}
          textAnchor="middle"
        >
          {t.label}
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
    title: 'time per search',
  };
  const x: Axis = {
    min: first - 2,
    max: last + 2,
    ticks: TOY_GROUPS.map((g) => ({ value: g.bits, label: String(g.bits) })),
    title: 'bits of p',
  };
  const label = `Time per search against bits of p. Measured: ${measurements
    .map((m) => `${m.bits} bits, ${secondsLabelOf(m)}`)
    .join('; ')}. The dashed line doubles with every bit.`;
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

function secondsLabelOf(m: Measurement): string {
  return durationText(describeDuration(Math.log10(secondsPerSearch(m))));
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
    title: 'years (powers of 10)',
  };
  const x: Axis = {
    min: 0,
    max: 2100,
    ticks: [0, 512, 1024, 1536, 2048].map((v) => ({ value: v, label: String(v) })),
    title: 'bits of p',
  };
  const label = `The same line extended to real sizes: ${TARGETS.map(
    (t) => `${render(t.label)}, about 10 to the power ${Math.round(years(t.bits))} years`,
  ).join('; ')}.`;
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
          {TARGETS.map((t) => (
            <g key={t.id}>
              <rect
                className="plot-target"
                x={sx(t.bits) - 5}
                y={sy(years(t.bits)) - 5}
                width={10}
                height={10}
              />
              <text
                className="plot-tick"
                x={sx(t.bits) + (t.bits > 1500 ? -9 : 8)}
                y={sy(years(t.bits)) + (t.bits > 1500 ? 4 : 17)}
                textAnchor={t.bits > 1500 ? 'end' : 'start'}
              >
                {t.bits > 1500 ? '2048-bit p' : 'P-256'}: {tenTo(Math.round(years(t.bits)))} y
              </text>
            </g>
          ))}
        </>
      )}
    </Chart>
  );
}
