import { twoSidedNormalQuantile } from '../statistics/normal-quantile';
import { normalUpperTail } from '../statistics/normal-tail';
import { studentTCdf } from '../statistics/student-t';

/** The level the verdicts use: a change is marked when its 95 % interval excludes 0. */
export const VERDICT_ALPHA = 0.05;

/** Below this, p is given as 0: only a change measured without error (two censuses) gets there. */
const SMALLEST_ALPHA = 1e-300;
const VERDICT_Z = twoSidedNormalQuantile(VERDICT_ALPHA);
const LARGEST_Z = twoSidedNormalQuantile(SMALLEST_ALPHA);

interface Interval {
  ciLow: number;
  ciHigh: number;
}

/**
 * A change's p-value by inverting its intervals: the smallest α at which the (1 − α) interval
 * excludes 0. `intervalAt(z)` is the interval at critical value z; the (1 − α) interval is the one
 * at z = Φ⁻¹(1 − α/2). Intervals widen as z grows, so "excludes 0" switches once, at z*, and
 * p = 2·Q(z*). The regula falsi (Illinois) finds z* on the side of 95 %'s z that the 95 %
 * interval, the one behind the verdict, puts it, so p < 0.05 exactly when the verdict marks the
 * change. Two censuses (no error) exclude 0 at every α when they differ (p = 0) and at none when
 * they agree (p = 1).
 */
export function pValueByInversion(intervalAt: (z: number) => Interval): number {
  // How far the interval at z lies from 0: positive when it excludes 0, falling as z grows.
  const margin = (z: number) => {
    const { ciLow, ciHigh } = intervalAt(z);
    return Math.max(ciLow, -ciHigh);
  };
  const atVerdict = margin(VERDICT_Z);
  const marked = atVerdict > 0;
  const [edge, atEdge] = marked ? [LARGEST_Z, margin(LARGEST_Z)] : [0, margin(0)];
  if (marked && atEdge > 0) return 0;
  if (!marked && !(atEdge > 0)) return 1;
  const z = marked
    ? zeroOf(margin, { z: VERDICT_Z, margin: atVerdict }, { z: edge, margin: atEdge })
    : zeroOf(margin, { z: edge, margin: atEdge }, { z: VERDICT_Z, margin: atVerdict });
  return agreeing(2 * normalUpperTail(z), marked);
}

interface Point {
  z: number;
  margin: number;
}

/**
 * Where a falling margin crosses 0, above `excluding` (margin > 0) and at most `holding`
 * (margin ≤ 0): the Illinois variant of the regula falsi, which keeps the root bracketed and
 * converges in about ten steps on the smooth margins of Wilson intervals.
 */
function zeroOf(margin: (z: number) => number, excluding: Point, holding: Point): number {
  let [a, fa, b, fb] = [excluding.z, excluding.margin, holding.z, holding.margin];
  let kept: 'a' | 'b' | null = null;
  for (let i = 0; i < 200 && b - a > 1e-13 * b && fb !== 0; i++) {
    let c = b - (fb * (b - a)) / (fb - fa);
    if (!(c > a && c < b)) c = (a + b) / 2;
    const fc = margin(c);
    if (fc > 0) {
      [a, fa] = [c, fc];
      if (kept === 'b') fb /= 2;
      kept = 'b';
    } else {
      [b, fb] = [c, fc];
      if (kept === 'a') fa /= 2;
      kept = 'a';
    }
  }
  return b;
}

/**
 * p on the verdict's side of 0.05. Φ⁻¹ (behind the 95 % interval) and Q (behind p) are each exact
 * to about 1e-15, not to each other's last digit, and Welch's 95 % critical value is found by
 * bisection to 1e-12: a change that close to the boundary could fall either side, and there the
 * verdict decides.
 */
const agreeing = (p: number, marked: boolean): number =>
  marked ? Math.min(p, VERDICT_ALPHA * (1 - 1e-12)) : Math.max(p, VERDICT_ALPHA);

/**
 * Welch's interval d ± t₁₋α/₂(ν)·se excludes 0 exactly when t₁₋α/₂(ν) < |d|/se, so the inversion
 * has a closed form: p = 2·P(T_ν > |d|/se), the two-sided Welch test. `marked`: the verdict's
 * 95 % interval excludes 0.
 */
export function welchPValue(welch: { statistic: number; df: number }, marked: boolean): number {
  const t = Math.abs(welch.statistic);
  const p = t === Infinity ? 0 : t === 0 ? 1 : 2 * studentTCdf(-t, welch.df);
  return agreeing(p, marked);
}
