/**
 * Finite population corrections of a standard error, for a sample of n out of a known population
 * of N (Cochran, Sampling Techniques, 3rd ed. 1977). A class of 24 where 20 answered is most of
 * the population, not a sample from an endless one: its interval narrows, and when every member
 * answered once (n = N) the value is the group's own and its interval has width 0.
 *
 * No correction (1) where the population is unknown, and where more answered than the population
 * holds (n > N): then the count of people is wrong or someone answered twice, and the answers
 * must never read as a census.
 */

/**
 * A share p: V(p) = PQ/n · (N − n)/(N − 1) (Cochran §3.2), so the factor on the standard error
 * is √((N − n)/(N − 1)).
 */
export function shareCorrection(n: number, population: number | null): number {
  const N = knownPopulation(n, population);
  if (N === null) return 1;
  if (n === N) return 0;
  return Math.sqrt((N - n) / (N - 1));
}

/**
 * A mean with its spread estimated by the sample variance s² (which estimates S², the population
 * variance with divisor N − 1): V(ȳ) = S²/n · (1 − n/N) (Cochran, Theorem 2.2), so the factor on
 * s/√n is √(1 − n/N).
 */
export function meanCorrection(n: number, population: number | null): number {
  const N = knownPopulation(n, population);
  if (N === null) return 1;
  return Math.sqrt(1 - n / N);
}

/** The population when it can correct anything: known, positive, and at least the answers. */
export function knownPopulation(n: number, population: number | null): number | null {
  if (population === null || !Number.isInteger(population) || population <= 0) return null;
  return n > population ? null : population;
}

/** Every member of a known population answered once: the value is the group's own, exactly. */
export function isCensus(n: number, population: number | null): boolean {
  return n > 0 && knownPopulation(n, population) === n;
}
