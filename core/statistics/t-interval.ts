import { mean, sampleStandardDeviation } from 'simple-statistics';
import { studentTQuantile } from './student-t';

// The critical value depends only on (confidence, df) and costs a bisection: compute each once.
const criticalValues = new Map<string, number>();
export function criticalValue(confidence: number, df: number): number {
  const key = `${confidence}:${df}`;
  let t = criticalValues.get(key);
  if (t === undefined) {
    t = studentTQuantile(1 - (1 - confidence) / 2, df);
    criticalValues.set(key, t);
  }
  return t;
}

export interface MeanEstimate {
  n: number;
  mean: number;
  low: number | null;
  high: number | null;
}

/**
 * Mean with its t-interval: x̄ ± t_{0.975, n−1} · s/√n (95 % by default). One value has no spread
 * to estimate, so its interval is unknown (null), not zero.
 */
export function tInterval(values: number[], confidence = 0.95): MeanEstimate {
  if (values.length === 0) throw new RangeError('a mean needs at least one value');
  const n = values.length;
  const m = mean(values);
  if (n < 2) return { n, mean: m, low: null, high: null };
  const halfWidth = (criticalValue(confidence, n - 1) * sampleStandardDeviation(values)) / Math.sqrt(n);
  return { n, mean: m, low: m - halfWidth, high: m + halfWidth };
}
