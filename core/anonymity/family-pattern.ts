import { depthsOf } from './audit-round';
import { suppressUntilUndisclosed } from './audit-linear';
import { cellGroupId, goalGroupId } from './group-id';
import type { ReleaseCell, ReleaseGoalCell } from './release-audit';
import { roundLinearSystem } from './round-linear-system';
import type { TreeCell } from './suppress-tree-complements';
import { treeComplementHides } from './tree-complement-hides';

interface TreeGroupCell extends TreeCell {
  id: string;
  indicatorKey: string;
  depth: number;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Which groups of one family a new release hides — the same for every indicator of the family,
 * since indicators computed from the same answers are hidden together. Starts from each cell's
 * own rules and the groups to protect (below the minimum in any member, or fewer than the minimum
 * arrived since the last release showed it), then adds the tree complements of every member and
 * the exact linear audit of the family's table as a whole.
 */
export class FamilyPattern {
  readonly hidden = new Set<string>();
  private readonly protectedGroups = new Set<string>();
  /** Each cell's group id, by the cell's index: named once, read by every step. */
  private readonly cellIds: string[];

  constructor(
    private readonly units: { id: string; parentId: string | null }[],
    private readonly cells: ReleaseCell[],
    private readonly goalCells: ReleaseGoalCell[],
    private readonly minOf: (indicatorKey: string) => number,
    private readonly treeSums: (breakdownKey: string) => boolean,
    protect: (groupId: string, indicatorKey: string, n: number) => boolean,
  ) {
    this.cellIds = cells.map((c) => cellGroupId(c.unitId, c.breakdownKey, c.breakdownValue));
    cells.forEach((cell, i) => {
      const id = this.cellIds[i]!;
      if (protect(id, cell.indicatorKey, cell.stats.n)) this.protectedGroups.add(id);
      if (cell.suppressed || this.protectedGroups.has(id)) this.hidden.add(id);
    });
    for (const goal of goalCells) {
      const id = goalGroupId(goal.goalId, goal.unitId);
      if (protect(id, goal.indicatorKey, goal.stats.n)) this.protectedGroups.add(id);
      if (goal.hidden || this.protectedGroups.has(id)) this.hidden.add(id);
    }
  }

  isProtected(groupId: string): boolean {
    return this.protectedGroups.has(groupId);
  }

  /** Tree complements member by member (each at its own minimum), then the exact linear audit. */
  complete(): void {
    this.treeComplements();
    this.linearAudit();
  }

  /**
   * Each member's groups in tree order (suppressTreeComplements per member, breakdown group and
   * goal), every decision taken on the pattern as it was before this step.
   */
  private treeComplements(): void {
    const parentOf = new Map(this.units.map((u) => [u.id, u.parentId]));
    const depth = depthsOf(this.units);
    const cells = new Map<string, TreeGroupCell[]>();
    this.cells.forEach((c, i) => {
      if (!this.treeSums(c.breakdownKey)) return;
      const id = this.cellIds[i]!;
      const key = `${c.indicatorKey}\u0000${c.breakdownKey}\u0000${c.breakdownValue}`;
      push(cells, key, this.treeCell(c.unitId, id, c.indicatorKey, c.stats.n, parentOf, depth));
    });
    const hides = this.hidesOf(cells);
    for (const id of hides) this.hidden.add(id);
    const goals = new Map<string, TreeGroupCell[]>();
    for (const g of this.goalCells) {
      const id = goalGroupId(g.goalId, g.unitId);
      push(goals, g.goalId, this.treeCell(g.unitId, id, g.indicatorKey, g.stats.n, parentOf, depth));
    }
    for (const id of this.hidesOf(goals)) this.hidden.add(id);
  }

  private treeCell(
    unitId: string,
    id: string,
    indicatorKey: string,
    n: number,
    parentOf: Map<string, string | null>,
    depth: Map<string, number>,
  ): TreeGroupCell {
    const parentId = parentOf.get(unitId) ?? null;
    return {
      unitId,
      parentId,
      n,
      suppressed: this.hidden.has(id),
      id,
      indicatorKey,
      depth: depth.get(unitId) ?? 0,
    };
  }

  /** The groups the tree complements hide, each group of cells top down (a stable sort by depth). */
  private hidesOf(groups: Map<string, TreeGroupCell[]>): string[] {
    const hides: string[] = [];
    for (const group of groups.values()) {
      const ordered = group.sort((a, b) => a.depth - b.depth);
      for (const i of treeComplementHides(ordered, this.minOf(ordered[0]!.indicatorKey)))
        hides.push(ordered[i]!.id);
    }
    return hides;
  }

  /**
   * What hiding these groups takes, as groups never to be solvable either (a group hidden to
   * loosen another's bounds gives nothing if its own sums give it back): the groups and what the
   * exact linear audit then adds. Nothing is changed; `commit` does.
   */
  closureOf(groups: string[]): string[] {
    const hidden = new Set([...this.hidden, ...groups]);
    const guarded = new Set([...this.protectedGroups, ...groups]);
    const added = this.exactAudit(hidden, guarded);
    return [...new Set([...groups, ...added])].filter((g) => !this.hidden.has(g));
  }

  commit(groups: string[]): void {
    for (const g of groups) {
      this.hidden.add(g);
      this.protectedGroups.add(g);
    }
  }

  private linearAudit(): void {
    for (const id of this.exactAudit(this.hidden, this.protectedGroups)) this.hidden.add(id);
  }

  /**
   * Each member's own table (its cells, its goals, its sums) audited exactly in turn, every
   * protected group of the family counting as small in each and every hide shared: a group whose
   * distribution could be solved for gives its not-bullied count away through the link. Hiding
   * more never makes a member solvable again, so one pass in order is enough. A distribution's
   * answers share their tables' shape: one of them stands for all.
   */
  private exactAudit(hidden: ReadonlySet<string>, guarded: ReadonlySet<string>): string[] {
    // Only a hidden guarded group can be disclosed, and the audit hides more only while one is:
    // with none, every member's audit would return at once (most releases of large units).
    if (![...guarded].some((id) => hidden.has(id))) return [];
    const now = new Set(hidden);
    const added: string[] = [];
    const members = new Map<string, ReleaseCell[]>();
    for (const c of this.cells) {
      const key = c.indicatorKey.includes('--')
        ? c.indicatorKey.slice(0, c.indicatorKey.indexOf('--'))
        : c.indicatorKey;
      const list = members.get(key);
      if (list === undefined) members.set(key, [c]);
      else if (list[0]!.indicatorKey === c.indicatorKey) list.push(c);
    }
    for (const cells of members.values()) {
      const indicatorKey = cells[0]!.indicatorKey;
      const roundCells = cells.map((c) => ({
        unitId: c.unitId,
        indicatorKey,
        breakdownKey: c.breakdownKey,
        breakdownValue: c.breakdownValue,
        n: c.stats.n,
        // A cell nobody is in shows 'no data' whatever its group: readers know it is zero.
        suppressed: c.stats.n > 0 && now.has(cellGroupId(c.unitId, c.breakdownKey, c.breakdownValue)),
        internal: false,
      }));
      const goalCells = this.goalCells
        .filter((g) => g.indicatorKey === indicatorKey)
        .map((g) => ({
          goalId: g.goalId,
          unitId: g.unitId,
          indicatorKey,
          filter: g.filter,
          n: g.stats.n,
          hidden: g.stats.n > 0 && now.has(goalGroupId(g.goalId, g.unitId)),
        }));
      const { table, relations } = roundLinearSystem(this.units, roundCells, goalCells, 0, {
        smallOf: (id) => guarded.has(id),
        treeSums: this.treeSums,
      });
      for (const id of suppressUntilUndisclosed(table, relations)) {
        if (now.has(id)) continue;
        now.add(id);
        added.push(id);
      }
    }
    return added;
  }
}
