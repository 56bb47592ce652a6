import type { GoalRule, ReportPoint, ValueUnit } from '../api/api-types';

export const SPARK = { width: 200, height: 64, pad: 7 };

/** The smallest span the y axis shows, so that noise of a point or two does not look like a cliff. */
const MIN_SPAN: Record<ValueUnit, number> = { share: 0.2, score: 1, index: 10 };

export interface SparkGeometry {
  /** One per measurement; y is null where the value is hidden or missing. */
  points: { x: number; y: number | null; low: number | null; high: number | null; point: ReportPoint }[];
  /** Runs of consecutive shown points, drawn as lines; a hidden point breaks the line. */
  runs: string[];
  targetY: number | null;
}

export function thresholdTarget(rule: GoalRule): number | null {
  const parts = rule.type === 'all' ? rule.rules : [rule];
  const threshold = parts.find((p) => p.type === 'threshold');
  return threshold?.type === 'threshold' ? threshold.target : null;
}

export function sparkGeometry(trend: ReportPoint[], unit: ValueUnit, target: number | null): SparkGeometry {
  const { width, height, pad } = SPARK;
  const numbers = trend.flatMap((p) =>
    p.value === undefined ? [] : [p.value, p.ciLow ?? p.value, p.ciHigh ?? p.value],
  );
  if (target !== null) numbers.push(target);
  let low = Math.min(...numbers, Infinity);
  let high = Math.max(...numbers, -Infinity);
  if (!Number.isFinite(low)) [low, high] = [0, 1];
  const grow = Math.max(0, MIN_SPAN[unit] - (high - low)) / 2;
  [low, high] = [low - grow, high + grow];
  const x = (i: number) =>
    trend.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (trend.length - 1);
  const y = (v: number) => height - pad - ((v - low) / (high - low)) * (height - 2 * pad);
  const points = trend.map((point, i) => {
    const shown = point.value !== undefined;
    return {
      x: x(i),
      y: shown ? y(point.value!) : null,
      // Sick leave counts everyone and has no interval: no bar.
      low: shown && point.ciLow != null ? y(point.ciLow) : null,
      high: shown && point.ciHigh != null ? y(point.ciHigh) : null,
      point,
    };
  });
  const runs: string[] = [];
  let run: string[] = [];
  for (const p of [...points, null]) {
    if (p && p.y !== null) run.push(`${p.x.toFixed(1)},${p.y.toFixed(1)}`);
    else {
      if (run.length > 1) runs.push(run.join(' '));
      run = [];
    }
  }
  return { points, runs, targetY: target === null ? null : y(target) };
}
