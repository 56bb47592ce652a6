import { CHART, niceStep } from '../indicator/chart-geometry';

export { CHART };

export interface RollingGeometry {
  /** x of each window, in order. */
  xs: number[];
  /** y of each window's rate, null where it is hidden or missing. */
  ys: (number | null)[];
  yTicks: { y: number; value: number }[];
  /** The shown windows joined, broken where a window is hidden. */
  runs: string[];
}

/** The smallest span the y axis shows (2 percentage points), so that noise does not look like a cliff. */
const MIN_SPAN = 0.02;

/**
 * Places rolling-12-month rates on a line: one point per window, a y axis in round steps that
 * starts at zero when the rates are near it and never goes below it.
 */
export function rollingGeometry(rates: (number | null)[]): RollingGeometry {
  const { width, height, left, right, top, bottom } = CHART;
  const known = rates.filter((r): r is number => r !== null);
  let low = known.length ? Math.min(...known) : 0;
  let high = known.length ? Math.max(...known) : MIN_SPAN;
  const grow = Math.max(0, MIN_SPAN - (high - low)) / 2;
  [low, high] = [Math.max(0, low - grow), high + grow];
  const step = niceStep((high - low) / 4);
  low = Math.floor(low / step + 1e-9) * step;
  high = Math.ceil(high / step - 1e-9) * step;
  const x = (i: number) => left + ((i + 0.5) * (width - left - right)) / Math.max(1, rates.length);
  const y = (v: number) => top + ((high - v) / (high - low)) * (height - top - bottom);
  const yTicks: RollingGeometry['yTicks'] = [];
  for (let v = low; v <= high + step / 2; v += step)
    yTicks.push({ y: y(v), value: Math.round(v * 1e9) / 1e9 });
  const xs = rates.map((_, i) => x(i));
  const ys = rates.map((r) => (r === null ? null : y(r)));
  return { xs, ys, yTicks, runs: runsOf(xs, ys) };
}

function runsOf(xs: number[], ys: (number | null)[]): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  ys.forEach((y, i) => {
    if (y !== null) run.push(`${xs[i]!.toFixed(1)},${y.toFixed(1)}`);
    if (y === null || i === ys.length - 1) {
      if (run.length > 1) runs.push(run.join(' '));
      run = [];
    }
  });
  return runs;
}
