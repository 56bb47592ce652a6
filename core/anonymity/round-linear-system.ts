import type { AuditCell } from './audit-cell';
import type { RoundCell, RoundGoalCell } from './round-cell';
import type { SumRelation } from './sum-relation';

import { cellGroupId as cellId, goalGroupId as goalId } from './group-id';

/**
 * One indicator's published table as the linear audit sees it: its cells and goal values by id
 * (cellId, goalId) and the sums that tie them — parent = Σ children, unit total = Σ groups of each
 * breakdown, goal value = Σ the groups it filters.
 */
export function roundLinearSystem(
  units: { id: string; parentId: string | null }[],
  cells: RoundCell[],
  goalCells: RoundGoalCell[],
  minGroupSize: number,
  options: {
    /** Which groups must never be solvable (default: 1..minGroupSize−1 respondents). */
    smallOf?: (id: string, n: number) => boolean;
    /** Breakdowns whose groups add up through the tree (not those shown only for the municipality). */
    treeSums?: (breakdownKey: string) => boolean;
  } = {},
): { table: Map<string, AuditCell>; relations: SumRelation[] } {
  const smallOf = options.smallOf ?? ((_: string, n: number) => n > 0 && n < minGroupSize);
  const treeSums = options.treeSums ?? (() => true);
  const table = new Map<string, AuditCell>();
  const internal = new Set<string>();
  const byUnit = new Map<string, RoundCell[]>();
  for (const cell of cells) {
    const id = cellId(cell.unitId, cell.breakdownKey, cell.breakdownValue);
    if (cell.internal) internal.add(id);
    else table.set(id, { n: cell.n, suppressed: cell.suppressed, small: smallOf(id, cell.n) });
    const list = byUnit.get(cell.unitId);
    if (list) list.push(cell);
    else byUnit.set(cell.unitId, [cell]);
  }
  const relations: SumRelation[] = [];
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  for (const [unitId, own] of byUnit) {
    // A parent's group is its children's groups added up (plus its own respondents).
    const kids = children.get(unitId) ?? [];
    for (const cell of own) {
      if (cell.internal || !treeSums(cell.breakdownKey)) continue;
      const parts = kids
        .map((kid) => cellId(kid, cell.breakdownKey, cell.breakdownValue))
        .filter((id) => table.has(id) || internal.has(id));
      // A child's unpublished group is unknown to anyone: that sum ties nothing down.
      if (parts.some((id) => internal.has(id))) continue;
      if (kids.length > 0)
        relations.push({ total: cellId(unitId, cell.breakdownKey, cell.breakdownValue), parts });
    }
    // A unit's total is its groups of each breakdown added up (plus those who did not answer it).
    const total = cellId(unitId, '', '');
    const breakdownKeys = new Set(
      own.filter((c) => c.breakdownKey !== '' && !c.internal).map((c) => c.breakdownKey),
    );
    for (const key of breakdownKeys) {
      relations.push({
        total,
        parts: own.filter((c) => c.breakdownKey === key).map((c) => cellId(unitId, key, c.breakdownValue)),
      });
    }
  }
  for (const goal of goalCells) {
    const id = goalId(goal.goalId, goal.unitId);
    table.set(id, { n: goal.n, suppressed: goal.hidden, small: smallOf(id, goal.n) });
    const parts =
      goal.filter === null
        ? [cellId(goal.unitId, '', '')]
        : [...new Set(goal.filter.values)].map((v) => cellId(goal.unitId, goal.filter!.breakdownKey, v));
    if (parts.some((p) => internal.has(p))) continue;
    relations.push({ total: id, parts: parts.filter((p) => table.has(p)) });
  }
  return { table, relations };
}
