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
import { cheapestRectangle } from './rectangle-move';
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
 * Where that hides the total of a unit with units below it (a school's or an area's whole figure),
 * the audit is run again, moving by rectangles wherever no single cell helps (rectangle-move.ts),
 * and the run that hides fewer respondents is kept: a class of 3 in a school with one class per
 * grade otherwise empties every school's page (the greedy hides the smallest neighbours one by one
 * until some help). Both runs are safe; the second costs time only where it is needed.
 *
 * The system is kept solved as cells are hidden (HiddenSystem) and only candidates whose score a
 * hide changed are scored again, so a step costs what the hidden cell reaches, not the table. The
 * greedy's choices are those of the first version of this audit, which re-solved the whole table
 * for every candidate; where that one ran out of neighbours with a small cell still solvable, this
 * one goes on.
 */
export function suppressUntilUndisclosed(cells: Map<string, AuditCell>, relations: SumRelation[]): string[] {
  const greedy = hideUntilUndisclosed(cells, relations, { rectangles: false });
  let kept = greedy;
  const parentTotals = greedy.length > 0 ? totalsOfUnitsWithUnitsBelow(relations) : new Set<string>();
  if (greedy.some((id) => parentTotals.has(id))) {
    const byRectangles = hideUntilUndisclosed(cells, relations, { rectangles: true });
    const respondents = (ids: string[]) => ids.reduce((sum, id) => sum + cells.get(id)!.n, 0);
    if (respondents(byRectangles) < respondents(greedy)) kept = byRectangles;
  }
  for (const id of kept) cells.set(id, { ...cells.get(id)!, suppressed: true });
  return kept;
}

/** One run of the audit over the table as it is; returns the ids it would hide, in order. */
function hideUntilUndisclosed(
  cells: ReadonlyMap<string, AuditCell>,
  relations: SumRelation[],
  { rectangles }: { rectangles: boolean },
): string[] {
  const table = indexTable(cells, relations);
  const system = new HiddenSystem(table);
  const candidates = new CandidateQueue(table, system);
  const indexOf = new Map(table.ids.map((id, index) => [id, index]));
  const added: string[] = [];
  const hide = (cell: number) => {
    candidates.afterHiding(cell, system.hide(cell));
    added.push(table.ids[cell]!);
  };
  while (system.disclosedCount > 0) {
    const pick = candidates.best();
    if (pick === undefined) break; // nothing left to hide around what is disclosed
    const stuck = rectangles && system.changeIfHidden(pick) === 0;
    const rectangle = stuck ? cheapestRectangle(table, system.disclosed(), indexOf) : null;
    if (rectangle) rectangle.forEach(hide);
    else hide(pick);
  }
  return added;
}

/** Cells that are a unit's total and the sum of other units' totals (a school's, an area's). */
function totalsOfUnitsWithUnitsBelow(relations: SumRelation[]): Set<string> {
  const totals = new Set<string>();
  for (const { total, parts } of relations) {
    const [kind, unit, key] = total.split('\u0000');
    if (kind !== 'c' || key !== '' || parts.length === 0) continue;
    if (parts.every((part) => part.split('\u0000')[1] !== unit)) totals.add(total);
  }
  return totals;
}
