import type { LinearProblem } from './bound-solver';

/** A dual value below this is the simplex's rounding, not a row the proof leans on. */
const NEGLIGIBLE = 1e-9;
/** How far above the maximum the proof's bound may come out, from rounding. */
const SLACK = 1e-7;

/**
 * Checks multipliers y of a program's rows as a proof that Σ c·x never exceeds `maximum` (weak
 * duality: c·x = (c − Aᵀy)·x + y·Ax, each part bounded by the row and column bounds its sign
 * meets), and returns which rows it leans on — or null when it proves nothing that tight (a bound
 * it needs is infinite, or it comes out above the maximum). The solver's duals are taken as they
 * come, either sign convention; a proof that holds is a proof whatever produced it.
 */
export function provedRows(
  problem: LinearProblem,
  rowBounds: { lower: ArrayLike<number>; upper: ArrayLike<number> },
  objective: readonly [variable: number, coefficient: number][],
  duals: ArrayLike<number>,
  maximum: number,
): boolean[] | null {
  for (const sign of [1, -1]) {
    const used = Array.from(duals, (y) => Math.abs(y) > NEGLIGIBLE);
    const bound = boundFrom(problem, rowBounds, objective, duals, used, sign);
    if (bound <= maximum + SLACK * Math.max(1, Math.abs(maximum))) return used;
  }
  return null;
}

function boundFrom(
  problem: LinearProblem,
  rowBounds: { lower: ArrayLike<number>; upper: ArrayLike<number> },
  objective: readonly [number, number][],
  duals: ArrayLike<number>,
  used: boolean[],
  sign: number,
): number {
  // r = c − Aᵀy over the columns; the bound is Σ_i y_i·(its row's bound) + Σ_j r_j·(its column's bound).
  const reduced = new Float64Array(problem.variables.length);
  for (const [v, c] of objective) reduced[v]! += c;
  let bound = 0;
  for (let i = 0; i < problem.rows.length; i++) {
    if (!used[i]) continue;
    const y = sign * duals[i]!;
    for (const [v, a] of problem.rows[i]!.terms) reduced[v]! -= y * a;
    bound += y > 0 ? y * rowBounds.upper[i]! : y * rowBounds.lower[i]!;
  }
  for (let j = 0; j < reduced.length; j++) {
    const r = reduced[j]!;
    if (Math.abs(r) <= NEGLIGIBLE) continue;
    const { lower, upper } = problem.variables[j]!;
    bound += r > 0 ? r * upper : r * lower;
  }
  return Number.isNaN(bound) ? Infinity : bound;
}
