import { allAlikeInterval } from '../statistics/all-alike-interval';
import { meanCorrection, shareCorrection } from '../statistics/finite-population';
import { twoSidedNormalQuantile } from '../statistics/normal-quantile';
import { studentTQuantile } from '../statistics/student-t';
import { criticalValue } from '../statistics/t-interval';
import { wilsonInterval } from '../statistics/wilson-interval';
import { pValueByInversion, VERDICT_ALPHA, welchPValue } from './change-p-value';
import { sampleVariance } from './estimate-from-stats';
import type { IndicatorDefinition } from './indicator-definition';
import type { IndicatorStats } from './indicator-stats';

/** One round's shown total for a unit, as the comparison needs it. */
export interface RoundSide {
  stats: IndicatorStats;
  population: number | null;
  /** Fingerprint of the definition the value was computed with (fingerprint-source.ts). */
  definitionHash: string;
}

/** 'changed': a detectable change of a neutral indicator (e.g. one answer category's share). */
export type ChangeVerdict = 'improved' | 'no-detectable-change' | 'worsened' | 'changed';

export type RoundChange =
  | {
      comparable: true;
      change: number;
      ciLow: number;
      ciHigh: number;
      verdict: ChangeVerdict;
      /** Below 0.05 exactly when the 95 % interval excludes 0 (change-p-value.ts). */
      pValue: number;
    }
  /** The items or scoring changed between the rounds: the trend is broken, not silently joined. */
  | { comparable: false; reason: 'definition-changed' }
  /** Too few respondents in a round for a mean's spread (n < 2), or no respondents at all. */
  | { comparable: false; reason: 'too-few' };

/**
 * The change from the previous round to this one with its 95 % interval, and what it means given the
 * indicator's polarity: improved or worsened only when the interval excludes 0. Most school-level
 * changes are noise; this says so instead of colouring every wiggle.
 *
 * Shares: Newcombe's hybrid score interval (Newcombe 1998, method 10) from each round's Wilson
 * interval: d = p₁ − p₀, lower d − √((p₁ − l₁)² + (u₀ − p₀)²), upper d + √((u₁ − p₁)² + (p₀ − l₀)²).
 * Means: Welch's interval, d ± t(ν) · √(s₁²/n₁ + s₀²/n₀) with Welch–Satterthwaite ν. Where a
 * round's population is known, its part of the error gets the finite population correction; two
 * censuses differ exactly by d. The p-value inverts the same intervals (change-p-value.ts), so it
 * is below 0.05 exactly when the verdict is not 'no-detectable-change'.
 */
export function compareRounds(
  indicator: IndicatorDefinition,
  current: RoundSide,
  previous: RoundSide,
): RoundChange {
  if (current.definitionHash !== previous.definitionHash)
    return { comparable: false, reason: 'definition-changed' };
  if (current.stats.n === 0 || previous.stats.n === 0) return { comparable: false, reason: 'too-few' };
  const interval = changeInterval(indicator, current, previous);
  if (interval === null) return { comparable: false, reason: 'too-few' };
  const { change, ciLow, ciHigh } = interval;
  const higher = ciLow > 0;
  const lower = ciHigh < 0;
  let verdict: ChangeVerdict = 'no-detectable-change';
  if (indicator.polarity === 'neutral') verdict = higher || lower ? 'changed' : verdict;
  else if (indicator.polarity === 'higher-is-better')
    verdict = higher ? 'improved' : lower ? 'worsened' : verdict;
  else verdict = lower ? 'improved' : higher ? 'worsened' : verdict;
  const marked = higher || lower;
  const pValue = interval.welch
    ? welchPValue(interval.welch, marked)
    : pValueByInversion((z) => shareChange(current, previous, z));
  return { comparable: true, change, ciLow, ciHigh, verdict, pValue };
}

/**
 * The change with its (1 − alpha) interval by the method compareRounds uses (alpha 0.05: the 95 %
 * interval behind the verdict); null when a mean has too few respondents for a spread. For a
 * mean, alpha must be at least about 1e-15 (1 − alpha/2 must differ from 1).
 */
export function changeInterval(
  indicator: IndicatorDefinition,
  current: RoundSide,
  previous: RoundSide,
  alpha = VERDICT_ALPHA,
): ChangeInterval | null {
  if (indicator.measure.type === 'share')
    return shareChange(current, previous, twoSidedNormalQuantile(alpha));
  const rescale = indicator.measure.type === 'mean' ? indicator.measure.rescale : undefined;
  return meanChange(current, previous, rescale, indicator.scoreRange, alpha);
}

/** A mean's change also carries Welch's statistic d/se and its degrees of freedom (for its p-value). */
export interface ChangeInterval {
  change: number;
  ciLow: number;
  ciHigh: number;
  welch?: { statistic: number; df: number };
}

/**
 * At critical value z; the (1 − α) interval has z = Φ⁻¹(1 − α/2), 1.959964 at 95 % (statsmodels'
 * value; the cells' own Wilson intervals round it to 1.96).
 */
function shareChange(current: RoundSide, previous: RoundSide, z: number): ChangeInterval {
  const one = shareSide(current, z);
  const zero = shareSide(previous, z);
  const change = one.p - zero.p;
  return {
    change,
    ciLow: change - Math.sqrt((one.p - one.low) ** 2 + (zero.high - zero.p) ** 2),
    ciHigh: change + Math.sqrt((one.high - one.p) ** 2 + (zero.p - zero.low) ** 2),
  };
}

// Top-level, not a closure: the p-value's root finder calls shareChange a dozen times per cell.
function shareSide({ stats, population }: RoundSide, z: number) {
  const p = stats.k / stats.n;
  const { low, high } = wilsonInterval(stats.k, stats.n, z, shareCorrection(stats.n, population));
  return { p, low, high };
}

function meanChange(
  current: RoundSide,
  previous: RoundSide,
  rescale: { min: number; max: number } | undefined,
  scoreRange: { min: number; max: number } | undefined,
  alpha: number,
): ChangeInterval | null {
  // A difference on the 0-100 scale is the difference on the instrument's scale, stretched.
  const stretch = rescale ? 100 / (rescale.max - rescale.min) : 1;
  const part = ({ stats, population }: RoundSide) => {
    const variance = sampleVariance(stats);
    if (variance === null) return null;
    const mean = stats.sum / stats.n;
    if (variance === 0 && scoreRange) {
      // All alike: the round's error is what the others could score (all-alike-interval.ts), read
      // as a normal interval's half-width; zero only for a census.
      const { low, high } = allAlikeInterval(mean, stats.n, scoreRange, population);
      const half = Math.max(mean - low, high - mean);
      return { mean, error: (half / twoSidedNormalQuantile(VERDICT_ALPHA)) ** 2, n: stats.n };
    }
    const correction = meanCorrection(stats.n, population);
    return { mean, error: (variance * correction * correction) / stats.n, n: stats.n };
  };
  const one = part(current);
  const zero = part(previous);
  if (one === null || zero === null) return null;
  const change = one.mean - zero.mean;
  const se2 = one.error + zero.error;
  if (se2 === 0) {
    const exact = { change: change * stretch, ciLow: change * stretch, ciHigh: change * stretch };
    return { ...exact, welch: { statistic: change === 0 ? 0 : Infinity, df: Infinity } };
  }
  const df = (se2 * se2) / (one.error ** 2 / (one.n - 1) + zero.error ** 2 / (zero.n - 1));
  // Only the verdict's 95 % value is cached: other levels are asked for rarely, each once.
  const t = alpha === VERDICT_ALPHA ? criticalValue(0.95, df) : studentTQuantile(1 - alpha / 2, df);
  const half = t * Math.sqrt(se2);
  return {
    change: change * stretch,
    ciLow: (change - half) * stretch,
    ciHigh: (change + half) * stretch,
    welch: { statistic: change / Math.sqrt(se2), df },
  };
}
