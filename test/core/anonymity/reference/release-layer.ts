/**
 * The release audit as it was before it was made faster (core/anonymity at 728cd0b), verbatim but for
 * the imports: the yardstick release-audit-agrees.test.ts holds the faster audit to.
 */
import type { ReleaseCell, ReleaseGoalCell } from '../../../../core/anonymity/release-audit';
import { cellGroupId, goalGroupId } from '../../../../core/anonymity/group-id';
import type { LayerCell, TableLayer } from '../../../../core/anonymity/bounds/table-layer';

/**
 * One release as a table layer of one family: its cells by group and indicator, its goal values,
 * and the responses of each unit's subtree (own counts added up the tree). `shown` says whether
 * readers got the cell's numbers in that release; the layer's cells are the objects passed in, so
 * a caller that marks one hidden changes the layer.
 */
export function releaseLayer(
  units: { id: string; parentId: string | null }[],
  members: ReadonlySet<string>,
  cells: (ReleaseCell & { cell: LayerCell })[],
  goalCells: (ReleaseGoalCell & { cell: LayerCell })[],
  responseCounts: ReadonlyMap<string, number>,
): TableLayer {
  const layer: TableLayer = {
    cells: new Map(),
    goals: new Map(),
    subtreeResponses: subtreeSums(units, responseCounts),
  };
  for (const c of cells) {
    if (!members.has(c.indicatorKey)) continue;
    const id = cellGroupId(c.unitId, c.breakdownKey, c.breakdownValue);
    const byIndicator = layer.cells.get(id) ?? new Map<string, LayerCell>();
    layer.cells.set(id, byIndicator.set(c.indicatorKey, c.cell));
  }
  for (const g of goalCells)
    if (members.has(g.indicatorKey))
      layer.goals.set(goalGroupId(g.goalId, g.unitId), {
        indicatorKey: g.indicatorKey,
        filter: g.filter,
        cell: g.cell,
      });
  return layer;
}

function subtreeSums(
  units: { id: string; parentId: string | null }[],
  own: ReadonlyMap<string, number>,
): Map<string, number> {
  const children = new Map<string, string[]>();
  for (const u of units)
    if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
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
