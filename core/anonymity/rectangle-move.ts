import type { IndexedTable } from './indexed-table';

const SEPARATOR = '\u0000';

/** A breakdown cell's id (roundLinearSystem's cellId: c␀unit␀breakdown␀value) in parts, or null. */
function groupOf(id: string): { unit: string; key: string; value: string } | null {
  const [kind, unit, key, value] = id.split(SEPARATOR);
  if (kind !== 'c' || !unit || !key || value === undefined) return null;
  return { unit, key, value };
}

const cellIdOf = (unit: string, key: string, value: string) => ['c', unit, key, value].join(SEPARATOR);

/**
 * When no single cell protects a disclosed small group, the cells that do together: for a hidden
 * breakdown group (Engdalskolen, grade 0) pinned through its parent's group (the municipality's
 * grade 0 minus the other schools') and its unit's total (Engdalskolen minus its other grades),
 * the rectangle of a sibling's same group, another group of its own, and the sibling's other group
 * (the hypercube method of statistics offices, in two dimensions). Of the rectangles around the
 * first disclosed group that has any, the one that hides the fewest respondents (the next move
 * looks at the next group: scoring every group's rectangles at every step costs too much at 1,500
 * classes). With each corner go the cells
 * that are the same group under another name (a relation of two terms: a class that is its
 * school's only class of a grade), since hiding one of them alone hides nothing.
 * Returns the cells to hide, none of them hidden yet, or null when there is no such rectangle.
 */
export function cheapestRectangle(
  table: IndexedTable,
  disclosed: number[],
  indexOf: ReadonlyMap<string, number>,
): number[] | null {
  for (const d of disclosed) {
    const best = cheapestAround(table, d, indexOf);
    if (best) return best;
  }
  return null;
}

/** The cheapest rectangle around one disclosed group (see cheapestRectangle), or null. */
function cheapestAround(
  table: IndexedTable,
  d: number,
  indexOf: ReadonlyMap<string, number>,
): number[] | null {
  let best: { cells: number[]; cost: number; key: string } | undefined;
  const group = groupOf(table.ids[d]!);
  if (!group) return null;
  const siblings = partsBeside(table, d, (total) => {
    const g = groupOf(table.ids[total]!);
    return g !== null && g.key === group.key && g.value === group.value && g.unit !== group.unit;
  });
  const otherGroups = partsBeside(table, d, (total) => table.ids[total] === cellIdOf(group.unit, '', ''));
  for (const sibling of siblings) {
    const siblingUnit = groupOf(table.ids[sibling]!)!.unit;
    for (const other of otherGroups) {
      const crossing = indexOf.get(cellIdOf(siblingUnit, group.key, groupOf(table.ids[other]!)!.value));
      if (crossing === undefined) continue;
      const corners = [sibling, other, crossing];
      if (corners.some((c) => table.n[c] === 0)) continue;
      const cells = withSameGroups(table, corners).filter((c) => !table.hidden[c]);
      if (cells.length === 0) continue;
      const cost = cells.reduce((sum, c) => sum + table.n[c]!, 0);
      const key = cells.map((c) => table.ids[c]).join('|');
      if (!best || cost < best.cost || (cost === best.cost && key < best.key)) best = { cells, cost, key };
    }
  }
  return best?.cells ?? null;
}

/** The other parts of the relations in which `cell` is a part and whose total passes `totalIs`. */
function partsBeside(table: IndexedTable, cell: number, totalIs: (total: number) => boolean): number[] {
  const parts = new Set<number>();
  for (const r of table.relationsOf[cell]!) {
    const terms = table.terms[r]!;
    const total = terms.find(([, sign]) => sign > 0)?.[0];
    if (total === undefined || !totalIs(total)) continue;
    if (!terms.some(([c, sign]) => c === cell && sign < 0)) continue;
    for (const [c, sign] of terms) if (sign < 0 && c !== cell) parts.add(c);
  }
  return [...parts].sort((a, b) => a - b);
}

/** The cells with every cell tied to one of them by a relation of two terms (the same group). */
function withSameGroups(table: IndexedTable, cells: number[]): number[] {
  const found = new Set(cells);
  const queue = [...cells];
  for (let cell = queue.pop(); cell !== undefined; cell = queue.pop())
    for (const r of table.relationsOf[cell]!) {
      const terms = table.terms[r]!;
      if (terms.length !== 2) continue;
      for (const [other] of terms)
        if (!found.has(other)) {
          found.add(other);
          queue.push(other);
        }
    }
  return [...found].sort((a, b) => a - b);
}
