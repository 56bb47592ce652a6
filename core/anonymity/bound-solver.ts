/**
 * A linear or mixed-integer program's feasible set, asked for the largest value of linear
 * objectives over it: the bounds an attacker can put on a hidden number (sdcTable's attack()).
 * core/ only describes the problem; the solver (HiGHS) is plugged in at the edge.
 */
export interface LinearProblem {
  variables: { lower: number; upper: number; integer: boolean }[];
  /** lower ≤ Σ coefficient · variable ≤ upper; equal bounds for an equation. */
  rows: { terms: [variable: number, coefficient: number][]; lower: number; upper: number }[];
}

export interface BoundModel {
  /**
   * The largest value of Σ coefficient · variable over the feasible set, integers respected;
   * Infinity when unbounded. Throws when the set is empty (the true table is always in it).
   */
  maximize(objective: [variable: number, coefficient: number][]): number;
  /** The point where the last finite maximum was reached: whole where the program asks for it. */
  solution(): ArrayLike<number>;
  /**
   * Per row, whether the proof that the last finite maximum is not exceeded leans on it (a row
   * with a nonzero dual value): rows it does not lean on can be let go and the maximum stays a
   * bound. Null when no such proof came with it (branch and bound found it).
   */
  certificate(): ArrayLike<boolean> | null;
  /** Changes a row's bounds (−Infinity, Infinity: the row no longer ties anything). */
  setRowBounds(row: number, lower: number, upper: number): void;
  dispose(): void;
}

export interface BoundSolver {
  open(problem: LinearProblem): BoundModel;
}
