/**
 * The release audit as it was before it was made faster (core/anonymity at 728cd0b), verbatim but for
 * the imports: the yardstick release-audit-agrees.test.ts holds the faster audit to.
 */
import { depthsOf, treeComplements } from '../../../../core/anonymity/audit-round';
import { suppressUntilUndisclosed } from '../../../../core/anonymity/audit-linear';
import { cellGroupId, goalGroupId } from '../../../../core/anonymity/group-id';
import type { ReleaseCell, ReleaseGoalCell } from '../../../../core/anonymity/release-audit';
import { roundLinearSystem } from '../../../../core/anonymity/round-linear-system';

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

  constructor(
    private readonly units: { id: string; parentId: string | null }[],
    private readonly cells: ReleaseCell[],
    private readonly goalCells: ReleaseGoalCell[],
    private readonly minOf: (indicatorKey: string) => number,
    private readonly treeSums: (breakdownKey: string) => boolean,
    protect: (groupId: string, indicatorKey: string, n: number) => boolean,
  ) {
    for (const cell of cells) {
      const id = cellGroupId(cell.unitId, cell.breakdownKey, cell.breakdownValue);
      if (protect(id, cell.indicatorKey, cell.stats.n)) this.protectedGroups.add(id);
      if (cell.suppressed || this.protectedGroups.has(id)) this.hidden.add(id);
    }
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

  private treeComplements(): void {
    const parentOf = new Map(this.units.map((u) => [u.id, u.parentId]));
    const depth = depthsOf(this.units);
    const topDown = <T extends { unitId: string }>(list: T[]) =>
      [...list].sort((a, b) => (depth.get(a.unitId) ?? 0) - (depth.get(b.unitId) ?? 0));
    const cells = this.cells
      .filter((c) => this.treeSums(c.breakdownKey))
      .map((c) => ({ ...c, n: c.stats.n, id: cellGroupId(c.unitId, c.breakdownKey, c.breakdownValue) }))
      .map((c) => ({ ...c, suppressed: this.hidden.has(c.id) }));
    treeComplements(
      cells,
      (c) => `${c.indicatorKey}\u0000${c.breakdownKey}\u0000${c.breakdownValue}`,
      () => false,
      (c) => this.minOf(c.indicatorKey),
      parentOf,
      topDown,
      (c) => this.hidden.add(c.id),
    );
    const goals = this.goalCells.map((g) => {
      const id = goalGroupId(g.goalId, g.unitId);
      return { ...g, id, n: g.stats.n, suppressed: this.hidden.has(id) };
    });
    treeComplements(
      goals,
      (g) => g.goalId,
      () => false,
      (g) => this.minOf(g.indicatorKey),
      parentOf,
      topDown,
      (g) => this.hidden.add(g.id),
    );
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
