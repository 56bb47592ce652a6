/**
 * Standard normal upper tail Q(z) = P(Z > z), to a relative 1e-13 (the
 * inverse of normal-quantile.ts). Up to z = 2.5, Marsaglia's series (J. Stat. Softw. 11(4), 2004):
 * Φ(z) = ½ + φ(z)·(z + z³/3 + z⁵/(3·5) + …); beyond, the continued fraction
 * Q(z) = φ(z) / (z + 1/(z + 2/(z + 3/(z + …)))) (Abramowitz & Stegun 26.2.14), which converges
 * fast there and keeps the relative accuracy of tails down to 1e-300.
 */
export function normalUpperTail(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z < 0) return 1 - normalUpperTail(-z);
  const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  if (z <= 2.5) {
    let term = z;
    let sum = z;
    for (let i = 3; sum + term !== sum; i += 2) {
      term *= (z * z) / i;
      sum += term;
    }
    return 0.5 - density * sum;
  }
  // The continued fraction evaluated from the tail up; 100 levels reach 1e-15 beyond z = 2.5.
  let fraction = z;
  for (let k = 100; k >= 1; k--) fraction = z + k / fraction;
  return density / fraction;
}
