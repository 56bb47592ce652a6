import type { SystemRow } from './attacker-system';
import type { LinearExpression } from './linear-expression';

/** Below this a tightening is not worth another visit of the rows it touches. */
const PROGRESS = 1e-6;
/** Each row is looked at no more than this many times: propagation along long sums converges slowly. */
const VISITS_PER_ROW = 8;

/**
 * Bounds on each variable implied by the system's rows one row at a time (bound propagation, as a
 * solver's presolve does): from lower ≤ Σ c·x + constant ≤ upper and the other variables' bounds,
 * each variable's range; whole numbers rounded inwards. Every point the system allows lies within
 * them, so an expression's largest value over them (`upperBound`) is never below its largest value
 * in the system: when that already falls short of a value, no program need be solved to say the
 * value cannot be reached. Rows `ignore` picks (rows that are let go and held again) count for nothing.
 */
export class ImpliedBounds {
  readonly lower: Float64Array;
  readonly upper: Float64Array;

  constructor(
    variables: readonly { lower: number; upper: number; integer: boolean }[],
    rows: readonly SystemRow[],
    ignore: (row: SystemRow) => boolean = () => false,
  ) {
    this.lower = Float64Array.from(variables, (v) => v.lower);
    this.upper = Float64Array.from(variables, (v) => v.upper);
    const used = rows.filter((row) => !ignore(row));
    const rowsOf: number[][] = variables.map(() => []);
    used.forEach((row, index) => {
      for (const variable of row.expression.terms.keys()) rowsOf[variable]!.push(index);
    });
    const visits = new Uint8Array(used.length);
    const queued = new Uint8Array(used.length).fill(1);
    let queue = used.map((_, index) => index);
    while (queue.length > 0) {
      const next: number[] = [];
      for (const index of queue) {
        queued[index] = 0;
        if (visits[index]! >= VISITS_PER_ROW) continue;
        visits[index]!++;
        for (const variable of this.tighten(used[index]!, variables))
          for (const other of rowsOf[variable]!)
            if (!queued[other]) {
              queued[other] = 1;
              next.push(other);
            }
      }
      queue = next;
    }
  }

  /** The largest value the expression can take within the bounds (Infinity when unbounded). */
  upperBound(expression: LinearExpression): number {
    let total = expression.constant;
    for (const [variable, c] of expression.terms)
      total += c > 0 ? c * this.upper[variable]! : c * this.lower[variable]!;
    return Number.isNaN(total) ? Infinity : total;
  }

  /** One row's tightening of its variables' bounds; returns the variables whose bounds moved. */
  private tighten(row: SystemRow, variables: readonly { integer: boolean }[]): number[] {
    const { terms, constant } = row.expression;
    const low = row.lower - constant;
    const high = row.upper - constant;
    // The row's least and greatest activity, with its infinite contributions counted apart.
    let least = 0;
    let leastInfinite = 0;
    let most = 0;
    let mostInfinite = 0;
    for (const [v, c] of terms) {
      const a = c > 0 ? c * this.lower[v]! : c * this.upper[v]!;
      const b = c > 0 ? c * this.upper[v]! : c * this.lower[v]!;
      if (a === -Infinity) leastInfinite++;
      else least += a;
      if (b === Infinity) mostInfinite++;
      else most += b;
    }
    const moved: number[] = [];
    for (const [v, c] of terms) {
      const ownLeast = c > 0 ? c * this.lower[v]! : c * this.upper[v]!;
      const ownMost = c > 0 ? c * this.upper[v]! : c * this.lower[v]!;
      // What the other terms leave for c·x: c·x ≤ high − (their least), c·x ≥ low − (their most).
      const othersLeast =
        ownLeast === -Infinity
          ? leastInfinite === 1
            ? least
            : -Infinity
          : leastInfinite > 0
            ? -Infinity
            : least - ownLeast;
      const othersMost =
        ownMost === Infinity
          ? mostInfinite === 1
            ? most
            : Infinity
          : mostInfinite > 0
            ? Infinity
            : most - ownMost;
      let newLower = this.lower[v]!;
      let newUpper = this.upper[v]!;
      if (high !== Infinity && othersLeast !== -Infinity) {
        const limit = (high - othersLeast) / c;
        if (c > 0) newUpper = Math.min(newUpper, limit);
        else newLower = Math.max(newLower, limit);
      }
      if (low !== -Infinity && othersMost !== Infinity) {
        const limit = (low - othersMost) / c;
        if (c > 0) newLower = Math.max(newLower, limit);
        else newUpper = Math.min(newUpper, limit);
      }
      if (variables[v]!.integer) {
        // Whole numbers: round inwards, with room for the rounding of the sums above.
        newLower = Math.ceil(newLower - PROGRESS);
        newUpper = Math.floor(newUpper + PROGRESS);
      }
      const progressed = beyond(this.upper[v]!, newUpper) || beyond(newLower, this.lower[v]!);
      if (newUpper < this.upper[v]!) this.upper[v] = newUpper;
      if (newLower > this.lower[v]!) this.lower[v] = newLower;
      if (progressed) moved.push(v);
    }
    return moved;
  }
}

/** Is a more than a tightening's worth above b? */
function beyond(a: number, b: number): boolean {
  return a - b > PROGRESS * Math.max(1, Math.abs(b));
}
