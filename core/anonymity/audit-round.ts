import { suppressTreeComplements } from './suppress-tree-complements';
import { suppressUntilUndisclosed } from './audit-linear';
import { roundLinearSystem } from './round-linear-system';
import type { RoundCell, RoundGoalCell } from './round-cell';

export type { RoundCell, RoundGoalCell };

export interface AuditResult {
  cells: Pick<RoundCell, 'unitId' | 'indicatorKey' | 'breakdownKey' | 'breakdownValue'>[];
  goals: Pick<RoundGoalCell, 'goalId' | 'unitId'>[];
}

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
    const { table, relations } = roundLinearSystem(units, ofIndicator, goalsOf, minGroupSizeOf(indicatorKey));
    for (const id of suppressUntilUndisclosed(table, relations)) {
      // Ids as roundLinearSystem writes them: c␀unit␀breakdown␀value or g␀goal␀unit.
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
export function treeComplements<T extends { unitId: string; n: number; suppressed: boolean }>(
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

export function depthsOf(units: { id: string; parentId: string | null }[]): Map<string, number> {
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
