/**
 * Finite population correction √((N − n)/(N − 1)) for the standard error of a sample of n out of
 * a population of N (Cochran, Sampling Techniques, 2.3). A class of 24 where 20 answered is
 * most of the population, not a sample from an endless one: its interval narrows, and when all
 * answered (n ≥ N) the value is the group's own and its interval has width 0.
 * Unknown population (null) → 1, no correction.
 */
export function finitePopulationCorrection(n: number, population: number | null): number {
  if (population === null || !Number.isFinite(population) || population <= 0) return 1;
  if (n >= population) return 0;
  return Math.sqrt((population - n) / (population - 1));
}
