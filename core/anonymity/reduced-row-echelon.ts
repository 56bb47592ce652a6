/** A sparse row of a linear system: column → coefficient, no zero entries. */
export type SparseRow = Map<number, number>;

const EPSILON = 1e-9;

/** `total − Σ parts` over the columns `isVariable` accepts, in the order the terms come. */
export function rowOfTerms(
  terms: readonly (readonly [number, number])[],
  isVariable: (column: number) => boolean,
): SparseRow {
  const row: SparseRow = new Map();
  for (const [column, coefficient] of terms) {
    if (!isVariable(column)) continue;
    const next = (row.get(column) ?? 0) + coefficient;
    if (Math.abs(next) < EPSILON) row.delete(column);
    else row.set(column, next);
  }
  return row;
}

/**
 * The columns that the rows pin down on their own: the unit vectors in their row space, read off
 * the reduced form as rows with a single entry. Rows are not changed.
 */
export function solvedColumns(rows: SparseRow[]): number[] {
  return reducedRowEchelon(rows)
    .filter((row) => row.size === 1)
    .map((row) => row.keys().next().value!);
}

/** Gauss–Jordan elimination on sparse rows; returns the non-zero rows of the reduced form. */
export function reducedRowEchelon(input: SparseRow[]): SparseRow[] {
  const pivots: SparseRow[] = [];
  const pivotOf = new Map<number, SparseRow>();
  for (const row of input.map((r) => new Map(r))) {
    // Eliminate known pivots from this row.
    for (const [column, pivotRow] of pivotOf) {
      const factor = row.get(column);
      if (factor !== undefined) subtract(row, pivotRow, factor);
    }
    if (row.size === 0) continue;
    const [column, value] = [...row.entries()].reduce((best, entry) =>
      Math.abs(entry[1]) > Math.abs(best[1]) ? entry : best,
    );
    for (const [key, coefficient] of row) row.set(key, coefficient / value);
    // Keep earlier pivot rows reduced too (Gauss–Jordan).
    for (const other of pivots) {
      const factor = other.get(column);
      if (factor !== undefined) subtract(other, row, factor);
    }
    pivots.push(row);
    pivotOf.set(column, row);
  }
  return pivots.filter((row) => row.size > 0);
}

function subtract(target: SparseRow, source: SparseRow, factor: number): void {
  for (const [key, coefficient] of source) {
    const next = (target.get(key) ?? 0) - factor * coefficient;
    if (Math.abs(next) < EPSILON) target.delete(key);
    else target.set(key, next);
  }
}
