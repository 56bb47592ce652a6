import type { TreeCell } from './suppress-tree-complements';

/**
 * suppressTreeComplements' decisions without its copies: the indices (ascending) of the cells it
 * would hide, the cells left as they are. The release audit runs it over every group of every
 * indicator of a municipality each release, where copying each cell cost more than deciding.
 * Same order of parents, same remainder, same smallest child (the first of equals), so the same
 * cells (tree-complement-hides.test.ts holds the two together).
 */
export function treeComplementHides(cells: readonly TreeCell[], minGroupSize: number): number[] {
  const suppressed = cells.map((c) => c.suppressed);
  const childrenOf = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    if (cell.parentId === null) return;
    const list = childrenOf.get(cell.parentId);
    if (list) list.push(index);
    else childrenOf.set(cell.parentId, [index]);
  });
  const hides: number[] = [];
  cells.forEach((parent, index) => {
    const children = childrenOf.get(parent.unitId);
    if (!children || suppressed[index] || parent.n === 0) return;
    let derivable = parent.n;
    for (const i of children) derivable -= suppressed[i] ? 0 : cells[i]!.n;
    while (derivable > 0 && derivable < minGroupSize) {
      const smallest = smallestShown(cells, children, suppressed);
      if (smallest < 0) break;
      suppressed[smallest] = true;
      derivable += cells[smallest]!.n;
      hides.push(smallest);
    }
  });
  return hides.sort((a, b) => a - b);
}

/** The shown child with respondents and the fewest of them, the first of equals; −1 if none. */
function smallestShown(cells: readonly TreeCell[], children: number[], suppressed: boolean[]): number {
  let best = -1;
  for (const i of children)
    if (!suppressed[i] && cells[i]!.n > 0 && (best < 0 || cells[i]!.n < cells[best]!.n)) best = i;
  return best;
}
