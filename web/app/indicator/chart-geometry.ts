import type { ShownValue, ValueUnit } from '../api/api-types';

export const CHART = { width: 640, height: 260, left: 56, right: 16, top: 18, bottom: 44 };

/** One line in the chart: a value per round (null where hidden or not measured). */
export interface SeriesInput {
  key: string;
  values: (ShownValue | null)[];
}

export interface PlacedPoint {
  x: number;
  y: number;
  low: number;
  high: number;
  value: ShownValue;
}

export interface ChartGeometry {
  /** The centre of each round's column, where its label goes. */
  columns: number[];
  yTicks: { y: number; value: number }[];
  series: { key: string; points: (PlacedPoint | null)[]; runs: string[] }[];
  /** Where a round without a shown value gets its "hidden" mark. */
  floorY: number;
}

/** The smallest span the y axis shows, so that noise does not look like a cliff. */
const MIN_SPAN: Record<ValueUnit, number> = { share: 0.2, score: 1, index: 10 };
/** How far apart the series' bars stand within one round, so their intervals do not cover each other. */
const SERIES_GAP = 12;

/**
 * Places every series' values with their 95 % intervals on a shared y axis with round numbers as
 * ticks. Shares stay within 0–100 %; the axis does not start at zero, since differences of a few
 * points are what the reader looks for, and the tick labels say where it starts.
 */
export function chartGeometry(rounds: number, series: SeriesInput[], unit: ValueUnit): ChartGeometry {
  const { width, height, left, right, top, bottom } = CHART;
  const numbers = series.flatMap((s) => s.values.flatMap((v) => (v ? [v.ciLow, v.ciHigh, v.value] : [])));
  let low = numbers.length ? Math.min(...numbers) : 0;
  let high = numbers.length ? Math.max(...numbers) : 1;
  const grow = Math.max(0, MIN_SPAN[unit] - (high - low)) / 2;
  [low, high] = [low - grow, high + grow];
  if (unit === 'share') [low, high] = clampShare(low, high);
  const step = niceStep((high - low) / 4);
  low = Math.floor(low / step + 1e-9) * step;
  high = Math.ceil(high / step - 1e-9) * step;
  const plotWidth = width - left - right;
  const column = (i: number) => left + ((i + 0.5) * plotWidth) / Math.max(1, rounds);
  const y = (v: number) => top + ((high - v) / (high - low)) * (height - top - bottom);
  const yTicks: ChartGeometry['yTicks'] = [];
  for (let v = low; v <= high + step / 2; v += step) yTicks.push({ y: y(v), value: round(v) });
  const placed = series.map((s, j) => {
    const offset = (j - (series.length - 1) / 2) * SERIES_GAP;
    const points = s.values.map((v, i) =>
      v ? { x: column(i) + offset, y: y(v.value), low: y(v.ciLow), high: y(v.ciHigh), value: v } : null,
    );
    return { key: s.key, points, runs: runsOf(points) };
  });
  return {
    columns: Array.from({ length: rounds }, (_, i) => column(i)),
    yTicks,
    series: placed,
    floorY: height - bottom - 6,
  };
}

function clampShare(low: number, high: number): [number, number] {
  if (low < 0) [low, high] = [0, Math.min(1, high - low)];
  if (high > 1) [low, high] = [Math.max(0, low - (high - 1)), 1];
  return [low, high];
}

/** 1, 2, 2.5 or 5 times a power of ten: ticks people read without effort. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

const round = (v: number) => Math.round(v * 1e9) / 1e9;

/** Runs of consecutive shown points as polylines: a hidden round breaks the line. */
function runsOf(points: (PlacedPoint | null)[]): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  for (const p of [...points, null]) {
    if (p) run.push(`${p.x.toFixed(1)},${p.y.toFixed(1)}`);
    else {
      if (run.length > 1) runs.push(run.join(' '));
      run = [];
    }
  }
  return runs;
}
