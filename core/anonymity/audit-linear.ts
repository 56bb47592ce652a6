/**
 * Auditing a published table against the linear-system attack, and hiding more until it holds.
 *
 * Published cells are tied by sums the attacker knows: a parent unit's group is its children's
 * groups added up, a unit's total is its breakdown groups added up, a goal's filtered group is the
 * groups it filters added up. With the shown cells as constants, those sums are a linear system in
 * the hidden cells. A hidden cell is disclosed exactly when its unit vector lies in the row space
 * of that system (Gaussian elimination leaves a row with it alone). Checking each breakdown and
 * each parent on its own misses combinations — one breakdown crossed with the hierarchy — which is
 * why the whole table of an indicator is audited at once.
 */
import type { AuditCell } from './audit-cell';
import type { SumRelation } from './sum-relation';
import { CandidateQueue } from './candidate-queue';
import { HiddenSystem } from './hidden-system';
import { indexTable, rowOf } from './indexed-table';
import { solvedColumns } from './reduced-row-echelon';

export type { AuditCell, SumRelation };

/** The hidden small groups that the shown cells and the relations determine. */
export function disclosedCells(cells: ReadonlyMap<string, AuditCell>, relations: SumRelation[]): string[] {
  const table = indexTable(cells, relations);
  // Rows over hidden cells only; shown cells and constants do not change which are determined.
  const rows = table.terms.map((_, r) => rowOf(table, r)).filter((row) => row.size > 0);
  return solvedColumns(rows)
    .filter((index) => table.small[index])
    .map((index) => table.ids[index]!);
}

/**
 * Hides further cells until no hidden cell with respondents is disclosed, one at a time: of the
 * shown cells around what is disclosed (CandidateQueue), the one that leaves the fewest small groups
 * solvable, then the smallest. Greedy, so not always the smallest set. It stops early only when no
 * shown cell with respondents is left in the sums that pin a disclosed cell, where hiding more
 * cannot help. Returns the ids it hid, in order, and marks them suppressed in `cells`.
 * Deterministic for the same input, so every run and every view decides the same.
 *
 * The system is kept solved as cells are hidden (HiddenSystem) and only candidates whose score a
 * hide changed are scored again, so a step costs what the hidden cell reaches, not the table. The
 * choices are those of the first version of this audit, which re-solved the whole table for every
 * candidate; where that one ran out of neighbours with a small cell still solvable, this one goes on.
 */
export function suppressUntilUndisclosed(cells: Map<string, AuditCell>, relations: SumRelation[]): string[] {
  const table = indexTable(cells, relations);
  const system = new HiddenSystem(table);
  const candidates = new CandidateQueue(table, system);
  const added: string[] = [];
  while (system.disclosedCount > 0) {
    const pick = candidates.best();
    if (pick === undefined) break; // nothing left to hide around what is disclosed
    candidates.afterHiding(pick, system.hide(pick));
    const id = table.ids[pick]!;
    cells.set(id, { ...cells.get(id)!, suppressed: true });
    added.push(id);
  }
  return added;
}
