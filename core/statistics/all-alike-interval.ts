import { knownPopulation } from './finite-population';

/**
 * The 95 % interval of a mean when every one of n respondents gave the same score x. The
 * t-interval has width 0 there, which would claim certainty that n answers cannot give: the
 * people who did not answer may score otherwise. As for a share of 0 of n (Clopper–Pearson), the
 * largest share q of the population that could differ from x and still give n alike answers with
 * probability 2.5 % bounds the mean on each side: [x − q·(x − min), x + q·(max − x)] on the
 * scale [min, max]. Without a known population q = 1 − 0.025^(1/n) (binomial); with N known it is
 * D/N for the smallest D differing members under which n draws without replacement would all miss
 * them with probability at most 2.5 % (hypergeometric; at least one while anyone did not answer),
 * so only a census (n = N) gives q = 0.
 */
export function allAlikeInterval(
  x: number,
  n: number,
  scale: { min: number; max: number },
  population: number | null,
): { low: number; high: number } {
  const q = differingShareBound(n, population);
  return { low: x - q * (x - scale.min), high: x + q * (scale.max - x) };
}

const TAIL = 0.025;

/** The upper 97.5 % bound on the share of the population unlike n alike answers. */
export function differingShareBound(n: number, anyPopulation: number | null): number {
  if (n <= 0) return 1;
  const population = knownPopulation(n, anyPopulation);
  if (population === null) return 1 - TAIL ** (1 / n);
  // P(none of D differing drawn) = Π_{i<n} (N − D − i)/(N − i); it falls as D grows.
  const allMiss = (d: number) => {
    let p = 1;
    for (let i = 0; i < n; i++) p *= (population - d - i) / (population - i);
    return p;
  };
  let d = 0;
  while (d < population - n && (d === 0 || allMiss(d) > TAIL)) d++;
  return d / population;
}
