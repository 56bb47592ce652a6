import { suppressTreeComplements } from './suppress-tree-complements';
import type { BreakdownFilter } from '../goals/goal-rule';
import { suppressUntilUndisclosed, type AuditCell, type SumRelation } from './audit-linear';

export interface RoundCell {
  unitId: string;
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
  n: number;
  suppressed: boolean;
  /** Not published (a municipality-only breakdown below the municipality). */
  internal: boolean;
}

export interface RoundGoalCell {
  goalId: string;
  unitId: string;
  indicatorKey: string;
  filter: BreakdownFilter | null;
  n: number;
  hidden: boolean;
}

export interface AuditResult {
  cells: Pick<RoundCell, 'unitId' | 'indicatorKey' | 'breakdownKey' | 'breakdownValue'>[];
  goals: Pick<RoundGoalCell, 'goalId' | 'unitId'>[];
}

const cellId = (unitId: string, breakdownKey: string, breakdownValue: string) =>
  `c\u0000${unitId}\u0000${breakdownKey}\u0000${breakdownValue}`;
const goalId = (goal: string, unitId: string) => `g\u0000${goal}\u0000${unitId}`;

/**
 * Audits everything a round publishes, indicator by indicator: every unit's cells, tied by the
 * organisation tree and by each breakdown, and the goal values (a goal's filtered group is a sum of
 * breakdown groups), and returns what must be hidden in addition. First the tree complements each
 * view also applies (a parent minus its shown children), top down; then the linear audit, so that
 * no hidden cell can be solved for (audit-linear.ts). Units are the whole municipality's tree.
 */
export function auditRound(
  units: { id: string; parentId: string | null }[],
  cellsIn: RoundCell[],
  goalCellsIn: RoundGoalCell[],
  minGroupSizeOf: (indicatorKey: string) => number,
): AuditResult {
  const result: AuditResult = { cells: [], goals: [] };
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const depth = depthsOf(units);
  const topDown = <T extends { unitId: string }>(list: T[]) =>
    [...list].sort((a, b) => (depth.get(a.unitId) ?? 0) - (depth.get(b.unitId) ?? 0));
  const cells = treeComplements(
    cellsIn,
    (c) => `${c.indicatorKey}\u0000${c.breakdownKey}\u0000${c.breakdownValue}`,
    (c) => c.internal,
    (c) => minGroupSizeOf(c.indicatorKey),
    parentOf,
    topDown,
    (c) => result.cells.push(pick(c)),
  );
  const goalCells = treeComplements(
    goalCellsIn.map((g) => ({ ...g, suppressed: g.hidden })),
    (g) => g.goalId,
    () => false,
    (g) => minGroupSizeOf(g.indicatorKey),
    parentOf,
    topDown,
    (g) => result.goals.push({ goalId: g.goalId, unitId: g.unitId }),
  ).map((g) => ({ ...g, hidden: g.suppressed }));
  const indicators = new Set([...cells.map((c) => c.indicatorKey), ...goalCells.map((g) => g.indicatorKey)]);
  for (const indicatorKey of [...indicators].sort()) {
    const ofIndicator = cells.filter((c) => c.indicatorKey === indicatorKey);
    const goalsOf = goalCells.filter((g) => g.indicatorKey === indicatorKey);
    const { table, relations } = systemOf(units, ofIndicator, goalsOf, minGroupSizeOf(indicatorKey));
    for (const id of suppressUntilUndisclosed(table, relations)) {
      const [kind, a, b, c] = id.split('\u0000') as [string, string, string, string];
      if (kind === 'c') result.cells.push({ unitId: a, indicatorKey, breakdownKey: b, breakdownValue: c });
      else result.goals.push({ goalId: a, unitId: b });
    }
  }
  return result;
}

const pick = (c: RoundCell) => ({
  unitId: c.unitId,
  indicatorKey: c.indicatorKey,
  breakdownKey: c.breakdownKey,
  breakdownValue: c.breakdownValue,
});

/** suppressTreeComplements for each group of cells with the same key; reports each cell it hides. */
function treeComplements<T extends { unitId: string; n: number; suppressed: boolean }>(
  cells: T[],
  keyOf: (cell: T) => string,
  skip: (cell: T) => boolean,
  thresholdOf: (cell: T) => number,
  parentOf: Map<string, string | null>,
  topDown: (list: T[]) => T[],
  onHide: (cell: T) => void,
): T[] {
  const groups = new Map<string, T[]>();
  for (const cell of cells) {
    if (skip(cell)) continue;
    const key = keyOf(cell);
    const list = groups.get(key);
    if (list) list.push(cell);
    else groups.set(key, [cell]);
  }
  const hiddenNow = new Set<T>();
  for (const group of groups.values()) {
    const ordered = topDown(group);
    const tree = ordered.map((cell) => ({
      unitId: cell.unitId,
      parentId: parentOf.get(cell.unitId) ?? null,
      n: cell.n,
      suppressed: cell.suppressed,
      cell,
    }));
    const protectedTree = suppressTreeComplements(tree, thresholdOf(group[0]!), (c) => ({
      ...c,
      suppressed: true,
    }));
    protectedTree.forEach((c, i) => {
      if (c.suppressed && !tree[i]!.suppressed) hiddenNow.add(c.cell);
    });
  }
  return cells.map((cell) => {
    if (!hiddenNow.has(cell)) return cell;
    onHide(cell);
    return { ...cell, suppressed: true };
  });
}

function depthsOf(units: { id: string; parentId: string | null }[]): Map<string, number> {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const depths = new Map<string, number>();
  const depthOf = (id: string): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const depth = parent ? depthOf(parent) + 1 : 0;
    depths.set(id, depth);
    return depth;
  };
  units.forEach((u) => depthOf(u.id));
  return depths;
}

function systemOf(
  units: { id: string; parentId: string | null }[],
  cells: RoundCell[],
  goalCells: RoundGoalCell[],
  minGroupSize: number,
): { table: Map<string, AuditCell>; relations: SumRelation[] } {
  const small = (n: number) => n > 0 && n < minGroupSize;
  const table = new Map<string, AuditCell>();
  const internal = new Set<string>();
  const byUnit = new Map<string, RoundCell[]>();
  for (const cell of cells) {
    const id = cellId(cell.unitId, cell.breakdownKey, cell.breakdownValue);
    if (cell.internal) internal.add(id);
    else table.set(id, { n: cell.n, suppressed: cell.suppressed, small: small(cell.n) });
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
      if (cell.internal) continue;
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
    table.set(id, { n: goal.n, suppressed: goal.hidden, small: small(goal.n) });
    const parts =
      goal.filter === null
        ? [cellId(goal.unitId, '', '')]
        : [...new Set(goal.filter.values)].map((v) => cellId(goal.unitId, goal.filter!.breakdownKey, v));
    if (parts.some((p) => internal.has(p))) continue;
    relations.push({ total: id, parts: parts.filter((p) => table.has(p)) });
  }
  return { table, relations };
}
