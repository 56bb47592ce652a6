import { suppressTreeComplements } from './suppress-tree-complements';

/**
 * The units whose respondents' free-text comments may be shown: at least `minGroupSize`
 * respondents in the unit's subtree (a higher threshold than for numbers: words identify more than
 * numbers do), and no comments of a smaller group derivable as a shown parent's comments minus its
 * shown children's — the same tree complements as for values, on the number of respondents.
 */
export function unitsShowingComments(
  units: { id: string; parentId: string | null }[],
  responsesByUnit: ReadonlyMap<string, number>,
  minGroupSize: number,
): { shown: Set<string>; respondents: Map<string, number> } {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const subtree = new Map<string, number>();
  const countOf = (id: string): number => {
    const known = subtree.get(id);
    if (known !== undefined) return known;
    const n = (responsesByUnit.get(id) ?? 0) + (children.get(id) ?? []).reduce((s, c) => s + countOf(c), 0);
    subtree.set(id, n);
    return n;
  };
  const depth = new Map<string, number>();
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const depthOf = (id: string): number => {
    if (depth.has(id)) return depth.get(id)!;
    const parent = parentOf.get(id);
    const d = parent ? depthOf(parent) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  const cells = [...units]
    .sort((a, b) => depthOf(a.id) - depthOf(b.id))
    .map((u) => {
      const n = countOf(u.id);
      return { unitId: u.id, parentId: u.parentId, n, suppressed: n > 0 && n < minGroupSize };
    });
  const shown = suppressTreeComplements(cells, minGroupSize, (c) => ({ ...c, suppressed: true }));
  return {
    shown: new Set(shown.filter((c) => !c.suppressed && c.n >= minGroupSize).map((c) => c.unitId)),
    respondents: subtree,
  };
}
