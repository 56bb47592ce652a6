/**
 * Wilson score interval for a share k/n (Wilson 1927): better than the Wald interval p ± z·√(p(1-p)/n)
 * for small n and for shares near 0 or 1, where Wald collapses to a zero-width interval.
 *
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √( p(1-p)/n + z²/4n² )
 *
 * `z` defaults to 1.96, the two-sided 95 % normal quantile. With a finite population correction
 * f < 1 (see finite-population.ts) the variance p(1-p)/n shrinks by f², which is the interval of
 * an effective sample size n/f²; f = 0 (everyone answered) gives the share itself.
 */
export function wilsonInterval(
  k: number,
  n: number,
  z = 1.96,
  correction = 1,
): { low: number; high: number } {
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`wilsonInterval: n must be > 0, got ${n}`);
  if (!Number.isFinite(k) || k < 0 || k > n) {
    throw new RangeError(`wilsonInterval: k must be within 0..${n}, got ${k}`);
  }
  const p = k / n;
  if (correction === 0) return { low: p, high: p };
  const effectiveN = n / (correction * correction);
  const z2 = z * z;
  const denominator = 1 + z2 / effectiveN;
  const centre = (p + z2 / (2 * effectiveN)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / effectiveN + z2 / (4 * effectiveN * effectiveN));
  // At k = 0 (k = n) the lower (upper) bound is exactly 0 (1); floating point leaves it a hair off.
  // For 0 < k < n both bounds lie strictly inside (0, 1).
  return { low: k === 0 ? 0 : centre - half, high: k === n ? 1 : centre + half };
}
