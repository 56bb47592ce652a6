/**
 * The linear audit as it was before it kept the system solved while hiding (core/anonymity/
 * audit-linear.ts at 94b5069), verbatim but for the names: the yardstick the faster audit is
 * compared with. It re-solves the whole table for every candidate, so only small tables belong here.
 * It can stop with a small cell still solvable (see suppress-until-undisclosed.test.ts).
 */
import type { AuditCell, SumRelation } from '../../../core/anonymity/audit-linear';

const EPSILON = 1e-9;

/** The hidden small groups that the shown cells and the relations determine. */
export function referenceDisclosedCells(
  cells: ReadonlyMap<string, AuditCell>,
  relations: SumRelation[],
): string[] {
  const hidden = new Map<string, number>();
  const variable = (id: string) => {
    const cell = cells.get(id);
    if (cell === undefined || !cell.suppressed) return undefined;
    let index = hidden.get(id);
    if (index === undefined) hidden.set(id, (index = hidden.size));
    return index;
  };
  // Rows over hidden cells only; shown cells and constants do not change which are determined.
  const rows: Map<number, number>[] = [];
  for (const relation of relations) {
    const row = new Map<number, number>();
    const add = (id: string, coefficient: number) => {
      const index = variable(id);
      if (index === undefined) return;
      const next = (row.get(index) ?? 0) + coefficient;
      if (Math.abs(next) < EPSILON) row.delete(index);
      else row.set(index, next);
    };
    add(relation.total, 1);
    for (const part of relation.parts) add(part, -1);
    if (row.size > 0) rows.push(row);
  }
  const determined = reducedRowEchelon(rows)
    .filter((row) => row.size === 1)
    .map((row) => [...row.keys()][0]!);
  const ids = [...hidden.keys()];
  return determined.map((index) => ids[index]!).filter((id) => cells.get(id)!.small);
}

/** Gauss–Jordan elimination on sparse rows; returns the non-zero rows of the reduced form. */
function reducedRowEchelon(input: Map<number, number>[]): Map<number, number>[] {
  const rows = input.map((row) => new Map(row));
  const pivots: Map<number, number>[] = [];
  const pivotOf = new Map<number, Map<number, number>>();
  for (const row of rows) {
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

function subtract(target: Map<number, number>, source: Map<number, number>, factor: number): void {
  for (const [key, coefficient] of source) {
    const next = (target.get(key) ?? 0) - factor * coefficient;
    if (Math.abs(next) < EPSILON) target.delete(key);
    else target.set(key, next);
  }
}

/**
 * Hides further cells until no hidden cell with respondents is disclosed, one at a time (see the
 * candidates below); greedy, so not always the smallest set, but never an unsafe one. Returns the ids it hid, in
 * order. Deterministic for the same input, so every run and every view decides the same.
 */
export function referenceSuppressUntilUndisclosed(
  cells: Map<string, AuditCell>,
  relations: SumRelation[],
): string[] {
  const added: string[] = [];
  const relationsOf = new Map<string, SumRelation[]>();
  for (const relation of relations) {
    for (const id of [relation.total, ...relation.parts]) {
      const list = relationsOf.get(id);
      if (list) list.push(relation);
      else relationsOf.set(id, [relation]);
    }
  }
  for (;;) {
    const disclosed = referenceDisclosedCells(cells, relations);
    if (disclosed.length === 0) return added;
    // Candidates: shown cells in a sum with a disclosed cell, or in a sum with a hidden cell that
    // shares a sum with one (a class total behind a school's hidden grade).
    const near = new Set<string>();
    for (const id of disclosed) {
      for (const relation of relationsOf.get(id) ?? []) {
        for (const other of [relation.total, ...relation.parts]) {
          near.add(other);
          if (cells.get(other)?.suppressed !== true || other === id) continue;
          for (const second of relationsOf.get(other) ?? [])
            for (const further of [second.total, ...second.parts]) near.add(further);
        }
      }
    }
    const candidates = [...near].filter((other) => {
      const cell = cells.get(other);
      return cell !== undefined && !cell.suppressed && cell.n > 0;
    });
    // Of those, the one that leaves the fewest small groups solvable; then the smallest (small
    // cells are the low levels: schools and goals stay shown where a class can go instead).
    const scored = candidates.map((candidate) => {
      const trial = new Map(cells);
      trial.set(candidate, { ...cells.get(candidate)!, suppressed: true });
      return {
        candidate,
        left: referenceDisclosedCells(trial, relations).length,
        n: cells.get(candidate)!.n,
      };
    });
    scored.sort((a, b) => a.left - b.left || a.n - b.n || (a.candidate < b.candidate ? -1 : 1));
    const pick = scored[0]?.candidate;
    if (pick === undefined) return added; // nothing left to hide around what is disclosed
    cells.set(pick, { ...cells.get(pick)!, suppressed: true });
    added.push(pick);
  }
}
