/** The false discovery rate the dashboard and the report hold many changes to. */
export const FALSE_DISCOVERY_RATE = 0.05;

/** The level each change is marked at on its own: its 95 % interval excludes 0. */
const SINGLE_ALPHA = 0.05;

/**
 * Benjamini–Hochberg step-up (Benjamini & Hochberg 1995, J. R. Stat. Soc. B 57:289): with the m
 * p-values sorted, p(1) ≤ … ≤ p(m), find the largest i with p(i) ≤ i·q/m; the tests of rank 1..i
 * are discoveries. Among the discoveries, the expected share that are false is at most q.
 * Returns, in the order given, whether each test is a discovery. Ties share a fate: a p equal to
 * p(i) is at most i·q/m too.
 */
export function benjaminiHochberg(pValues: readonly number[], q = FALSE_DISCOVERY_RATE): boolean[] {
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  let cut = 0;
  order.forEach(({ p }, rank) => {
    if (p <= ((rank + 1) * q) / m) cut = rank + 1;
  });
  const holds = new Array<boolean>(m).fill(false);
  for (const { index } of order.slice(0, cut)) holds[index] = true;
  return holds;
}

/**
 * What a view that judges m changes at once says about them: how many its 95 % intervals mark,
 * how many a 95 % test would mark by chance alone if nothing had changed (m × 0.05), and how many
 * hold at a false discovery rate of 5 %.
 */
export interface ManyChanges {
  judged: number;
  marked: number;
  expectedByChance: number;
  holdAtFdr: number;
}

/** The summary and, in the order given, whether each change holds at the false discovery rate. */
export function judgeManyChanges(pValues: readonly number[]): { summary: ManyChanges; holds: boolean[] } {
  // A discovery has p ≤ i·q/m ≤ 0.05; only p = 0.05 exactly, at rank m, is one and unmarked.
  const holds = benjaminiHochberg(pValues).map((found, i) => found && pValues[i]! < SINGLE_ALPHA);
  return {
    summary: {
      judged: pValues.length,
      marked: pValues.filter((p) => p < SINGLE_ALPHA).length,
      expectedByChance: expectedByChance(pValues.length),
      holdAtFdr: holds.filter(Boolean).length,
    },
    holds,
  };
}

/** Under no change at all, each 95 % test marks a change with probability 0.05: m × 0.05 = m / 20. */
export const expectedByChance = (judged: number): number => judged / 20;
