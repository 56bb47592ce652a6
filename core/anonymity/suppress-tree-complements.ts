/** A value of one unit in the organisation tree, as far as anonymity is concerned. */
export interface TreeCell {
  unitId: string;
  parentId: string | null;
  n: number;
  suppressed: boolean;
}

/**
 * Complementary suppression down the organisation tree: a parent's n is the sum of its children's
 * plus the respondents attached to the parent itself (the "remainder"). While the parent is shown,
 * parent − shown children reveals the hidden children and the remainder together. If that
 * together is a group of 1..minGroupSize-1, also hide the smallest shown child, and look again.
 * A secondary-hidden child has n ≥ minGroupSize, so revealing it by its own children's sum reveals
 * nobody; only groups below the minimum need protecting. Depends only on a parent and its
 * children, so every view that shows a unit decides the same way.
 */
export function suppressTreeComplements<T extends TreeCell>(
  cells: T[],
  minGroupSize: number,
  hide: (cell: T) => T,
): T[] {
  const result = cells.map((cell) => ({ ...cell }));
  const childrenOf = new Map<string, number[]>();
  result.forEach((cell, index) => {
    if (cell.parentId === null) return;
    childrenOf.set(cell.parentId, [...(childrenOf.get(cell.parentId) ?? []), index]);
  });
  for (const parent of result) {
    const children = childrenOf.get(parent.unitId);
    if (!children || parent.suppressed || parent.n === 0) continue;
    protectFamily(result, parent, children, minGroupSize, hide);
  }
  return result;
}

function protectFamily<T extends TreeCell>(
  cells: T[],
  parent: T,
  children: number[],
  minGroupSize: number,
  hide: (cell: T) => T,
): void {
  const remainder = parent.n - children.reduce((sum, i) => sum + cells[i]!.n, 0);
  const derivable = () =>
    remainder + children.filter((i) => cells[i]!.suppressed).reduce((s, i) => s + cells[i]!.n, 0);
  while (derivable() > 0 && derivable() < minGroupSize) {
    const shown = children.filter((i) => !cells[i]!.suppressed && cells[i]!.n > 0);
    if (shown.length === 0) return;
    const smallest = shown.reduce((best, i) => (cells[i]!.n < cells[best]!.n ? i : best));
    cells[smallest] = hide(cells[smallest]!);
  }
}
