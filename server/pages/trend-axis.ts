import { formatDecimalIn } from '../../core/text/format-value';
import { html, type SafeHtml } from './html';
import type { TrendChartOptions, TrendPoint } from './trend-point';

/** The drawing area inside the chart's viewBox. */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The y axis of a trend chart: where a value goes and which ticks are labelled. */
export interface TrendAxis {
  /** The SVG y of a value on the values' own scale (a share as a fraction). */
  yOf(value: number): number;
  ticks: { y: number; label: string }[];
}

type AxisOptions = Pick<TrendChartOptions, 'unit' | 'target' | 'locale' | 'scale'>;

/** A share is drawn in percent, so that ticks fall on whole percentages. */
const shown = (v: number, unit: TrendChartOptions['unit']) => (unit === 'share' ? v * 100 : v);

/**
 * Zooms in on the values, their intervals and the target, so that a change of a few points is
 * visible; the labelled ticks tell the reader where the axis starts. Shares stay within 0-100 %,
 * scores within the instrument's scale.
 */
export function trendAxis(points: TrendPoint[], opts: AxisOptions, plot: PlotArea): TrendAxis {
  const bounds = boundsOf(opts);
  const [lo, hi] = spanOf(points, opts, bounds);
  const step = niceStep((hi - lo) / 4);
  const min = Math.max(bounds.min, Math.floor(lo / step) * step);
  const max = Math.min(bounds.max, Math.ceil(hi / step) * step);
  const yOfShown = (v: number) => plot.bottom - ((v - min) / (max - min)) * (plot.bottom - plot.top);
  const ticks = [];
  for (let k = Math.ceil(min / step - 1e-9); k * step <= max + 1e-9; k++) {
    ticks.push({ y: Math.round(yOfShown(k * step) * 10) / 10, label: tickLabel(k * step, step, opts) });
  }
  return { yOf: (v) => yOfShown(shown(v, opts.unit)), ticks };
}

/** Grid lines at the ticks (light: they only help the eye), labels and the two axis lines. */
export function yAxisSvg(axis: TrendAxis, plot: PlotArea): SafeHtml {
  const ticks = axis.ticks.map(
    (t) =>
      html`<line x1="${plot.left}" x2="${plot.right}" y1="${t.y}" y2="${t.y}" stroke="#d5dae1" />
        <text x="${plot.left - 8}" y="${t.y + 5}" text-anchor="end" fill="#4a5360">${t.label}</text>`,
  );
  return html`<g class="y-axis">
    ${ticks}
    <line x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}" stroke="#4a5360" />
    <line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="#4a5360" />
  </g>`;
}

function boundsOf(opts: AxisOptions): { min: number; max: number } {
  if (opts.scale) return opts.scale;
  if (opts.unit === 'share') return { min: 0, max: 100 };
  return { min: -Infinity, max: Infinity };
}

/** The range to show, padded and at least a minimum span wide so that noise does not look like a trend. */
function spanOf(
  points: TrendPoint[],
  opts: AxisOptions,
  bounds: { min: number; max: number },
): [number, number] {
  const values = points
    .filter((p) => !p.hidden)
    .flatMap((p) => [p.value, p.ciLow, p.ciHigh])
    .concat(opts.target)
    .filter((v): v is number => v !== null)
    .map((v) => shown(v, opts.unit));
  const finite = Number.isFinite(bounds.min) && Number.isFinite(bounds.max);
  if (values.length === 0) return finite ? [bounds.min, bounds.max] : [0, 100];
  const minSpan = finite ? (bounds.max - bounds.min) / 10 : opts.unit === 'score' ? 0.5 : 10;
  let [lo, hi] = [Math.min(...values), Math.max(...values)];
  if (hi - lo < minSpan) [lo, hi] = [(lo + hi - minSpan) / 2, (lo + hi + minSpan) / 2];
  const pad = (hi - lo) * 0.08;
  return [Math.max(bounds.min, lo - pad), Math.min(bounds.max, hi + pad)];
}

/** 1, 2, 2.5 or 5 times a power of ten: ticks a reader can count in. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-9) ?? 10 * power;
}

function tickLabel(v: number, step: number, opts: AxisOptions): string {
  const decimals = Number.isInteger(step) ? 0 : Number.isInteger(step * 10) ? 1 : 2;
  const text = formatDecimalIn(v, decimals, opts.locale);
  return opts.unit === 'share' ? `${text} %` : text;
}
