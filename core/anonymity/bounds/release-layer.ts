import type { ReleaseCell, ReleaseGoalCell } from '../release-audit';
import { cellGroupId, goalGroupId } from '../group-id';
import type { LayerCell, TableLayer } from './table-layer';

/** Whether readers got a cell's or a goal value's numbers in the release. */
export interface ShownIn<C, G> {
  cell: (c: C) => boolean;
  goal: (g: G) => boolean;
}

/**
 * One release as a table layer of one family: its cells by group and indicator, its goal values,
 * and the responses of each unit's subtree (own counts added up the tree). Each layer cell is a
 * new object ({ stats, shown }), so a caller that marks one hidden changes the layer only.
 */
export function releaseLayer<C extends ReleaseCell, G extends ReleaseGoalCell>(
  units: { id: string; parentId: string | null }[],
  members: ReadonlySet<string>,
  cells: readonly C[],
  goalCells: readonly G[],
  responseCounts: ReadonlyMap<string, number>,
  shown: ShownIn<C, G>,
): TableLayer {
  const layer: TableLayer = {
    cells: new Map(),
    goals: new Map(),
    subtreeResponses: subtreeSums(units, responseCounts),
  };
  for (const c of cells) {
    if (!members.has(c.indicatorKey)) continue;
    const id = cellGroupId(c.unitId, c.breakdownKey, c.breakdownValue);
    const cell: LayerCell = { stats: c.stats, shown: shown.cell(c) };
    const byIndicator = layer.cells.get(id);
    if (byIndicator) byIndicator.set(c.indicatorKey, cell);
    else layer.cells.set(id, new Map([[c.indicatorKey, cell]]));
  }
  for (const g of goalCells)
    if (members.has(g.indicatorKey))
      layer.goals.set(goalGroupId(g.goalId, g.unitId), {
        indicatorKey: g.indicatorKey,
        filter: g.filter,
        cell: { stats: g.stats, shown: shown.goal(g) },
      });
  return layer;
}

function subtreeSums(
  units: { id: string; parentId: string | null }[],
  own: ReadonlyMap<string, number>,
): Map<string, number> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u.id);
    else children.set(u.parentId, [u.id]);
  }
  const sums = new Map<string, number>();
  const sumOf = (id: string): number => {
    const known = sums.get(id);
    if (known !== undefined) return known;
    const total = (own.get(id) ?? 0) + (children.get(id) ?? []).reduce((s, c) => s + sumOf(c), 0);
    sums.set(id, total);
    return total;
  };
  units.forEach((u) => sumOf(u.id));
  return sums;
}
