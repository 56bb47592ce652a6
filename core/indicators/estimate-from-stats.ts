import { allAlikeInterval } from '../statistics/all-alike-interval';
import { meanCorrection, shareCorrection } from '../statistics/finite-population';
import { criticalValue } from '../statistics/t-interval';
import { wilsonInterval } from '../statistics/wilson-interval';
import type { IndicatorDefinition } from './indicator-definition';
import type { IndicatorStats } from './indicator-stats';

/**
 * An indicator for one group. n counts respondents with a score (enough items answered).
 * Share: k of them meet the condition, value = k/n. Mean: value = mean score, k = null.
 */
export interface IndicatorEstimate {
  n: number;
  k: number | null;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/**
 * Sample variance from sufficient statistics. When all scores agree, rounding in sumSq − sum²/n
 * leaves ±1e-16 instead of 0; real spreads of item means are many orders above the cut-off.
 */
export function sampleVariance(stats: IndicatorStats): number | null {
  if (stats.n < 2) return null;
  const variance = (stats.sumSq - (stats.sum * stats.sum) / stats.n) / (stats.n - 1);
  const mean = stats.sum / stats.n;
  return variance <= 1e-12 * Math.max(1, mean * mean) ? 0 : variance;
}

/**
 * A share with its Wilson 95 % interval (better than Wald for small n and shares near 0 or 1); a
 * mean with its t-interval x̄ ± t₀.₉₇₅,ₙ₋₁ · s/√n (one value has no spread, so no interval). Where
 * the group's population is known the standard error gets the finite population correction (for a
 * share √((N − n)/(N − 1)), for a mean √(1 − n/N); finite-population.ts). Only a census (every
 * member of a known population answered once) has an interval of width 0: a mean whose answers
 * are all alike gets the interval of what the others could score (all-alike-interval.ts).
 */
export function estimateFromStats(
  indicator: IndicatorDefinition,
  stats: IndicatorStats,
  population: number | null = null,
): IndicatorEstimate {
  const { n } = stats;
  const isShare = indicator.measure.type === 'share';
  if (n === 0) return { n: 0, k: isShare ? 0 : null, value: null, ciLow: null, ciHigh: null };
  if (isShare) {
    const { low, high } = wilsonInterval(stats.k, n, 1.96, shareCorrection(n, population));
    return { n, k: stats.k, value: stats.k / n, ciLow: low, ciHigh: high };
  }
  const show = onShownScale(indicator);
  const mean = stats.sum / n;
  const variance = sampleVariance(stats);
  if (variance === null) return { n, k: null, value: show(mean), ciLow: null, ciHigh: null };
  if (variance === 0 && indicator.scoreRange) {
    const { low, high } = allAlikeInterval(mean, n, indicator.scoreRange, population);
    return { n, k: null, value: show(mean), ciLow: show(low), ciHigh: show(high) };
  }
  const correction = meanCorrection(n, population);
  const half = (criticalValue(0.95, n - 1) * Math.sqrt(variance) * correction) / Math.sqrt(n);
  return { n, k: null, value: show(mean), ciLow: show(mean - half), ciHigh: show(mean + half) };
}

/** A mean's point on the scale it is shown on: the instrument's, or 0-100 when rescaled (linear). */
export function onShownScale(indicator: IndicatorDefinition): (x: number) => number {
  const rescale = indicator.measure.type === 'mean' ? indicator.measure.rescale : undefined;
  if (!rescale) return (x) => x;
  return (x) => ((x - rescale.min) / (rescale.max - rescale.min)) * 100;
}
