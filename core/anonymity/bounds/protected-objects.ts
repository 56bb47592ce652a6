import type { ProtectedObject } from './protected-object';
import type { LayerCell, TableLayer } from './table-layer';

/**
 * The groups the bounds audit protects in a family: in every release, each group where one of
 * the family's indicators has 1..min−1 respondents; and between every two releases, each group
 * where 1..min−1 respondents arrived (they are a group too, learnt by comparing the two).
 */
export function protectedObjects(
  layers: TableLayer[],
  minOf: (indicatorKey: string) => number,
): ProtectedObject[] {
  const objects: ProtectedObject[] = [];
  const small = (n: number, key: string) => n > 0 && n < minOf(key);
  layers.forEach((layer, index) => {
    for (const [group, cells] of layer.cells)
      if (someCell(cells, (key, cell) => small(cell.stats.n, key))) objects.push({ group, layer: index });
    for (const [group, goal] of layer.goals)
      if (small(goal.cell.stats.n, goal.indicatorKey)) objects.push({ group, layer: index });
    for (let since = 0; since < index; since++) {
      const before = layers[since]!;
      const grew = (now: Map<string, LayerCell>, then: Map<string, LayerCell> | undefined) =>
        then !== undefined &&
        someCell(now, (key, cell) => small(cell.stats.n - (then.get(key)?.stats.n ?? 0), key));
      for (const [group, cells] of layer.cells)
        if (grew(cells, before.cells.get(group))) objects.push({ group, layer: index, since });
      for (const [group, goal] of layer.goals) {
        const then = before.goals.get(group);
        if (then && small(goal.cell.stats.n - then.cell.stats.n, goal.indicatorKey))
          objects.push({ group, layer: index, since });
      }
    }
  });
  return objects;
}

/** Whether any cell of a group passes (a loop: this runs for every group of every release). */
function someCell(cells: Map<string, LayerCell>, test: (key: string, cell: LayerCell) => boolean): boolean {
  for (const [key, cell] of cells) if (test(key, cell)) return true;
  return false;
}
