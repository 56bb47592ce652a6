import { suppressTreeComplements } from '../anonymity/suppress-tree-complements';
import { pathIds } from '../org/org-unit';
import type { FigureTotals } from './figures-totals';

interface FigureUnit {
  id: string;
  parentId: string | null;
  path: string;
}

/**
 * The units whose figure for a period must not be shown. First those with fewer than
 * `minEmployees` people in the subtree, or hidden already for a reason outside this period
 * (`alsoHidden`). Then complementary suppression (n = employees), so that parent − shown siblings
 * does not give away a small unit. Last, a hidden unit must not be the sum of shown parts either
 * (hideSumsOfShownParts). Decided over the whole tree, so every view agrees; `units` come parents
 * first (parentsFirst), as the complements are decided from the top down.
 */
export function hiddenUnits(
  units: FigureUnit[],
  { subtree, own }: { subtree: Map<string, FigureTotals>; own: Map<string, FigureTotals> },
  { minEmployees, alsoHidden = new Set<string>() }: { minEmployees: number; alsoHidden?: Set<string> },
): Set<string> {
  const cells = units.map((unit) => {
    const n = subtree.get(unit.id)?.employees ?? 0;
    const suppressed = n > 0 && (n < minEmployees || alsoHidden.has(unit.id));
    return { unitId: unit.id, parentId: unit.parentId, n, suppressed };
  });
  const hide = <T extends { suppressed: boolean }>(cell: T): T => ({ ...cell, suppressed: true });
  const protectedCells = suppressTreeComplements(cells, minEmployees, hide);
  const hidden = new Set(protectedCells.filter((c) => c.suppressed).map((c) => c.unitId));
  hideSumsOfShownParts(units, subtree, own, hidden);
  return hidden;
}

/**
 * A hidden unit with no records of its own whose children are all shown is their sum: anyone can
 * add it up, and then subtract it from its parent to reach the small unit it was hidden for. So
 * its smallest child with people is hidden too, and that child is looked at in its turn (parents
 * first), down to units whose records are their own.
 */
function hideSumsOfShownParts(
  ordered: FigureUnit[],
  subtree: Map<string, FigureTotals>,
  own: Map<string, FigureTotals>,
  hidden: Set<string>,
): void {
  const children = new Map<string, FigureUnit[]>();
  for (const unit of ordered) {
    if (unit.parentId === null) continue;
    const siblings = children.get(unit.parentId);
    if (siblings) siblings.push(unit);
    else children.set(unit.parentId, [unit]);
  }
  const people = (id: string) => subtree.get(id)?.employees ?? 0;
  for (const unit of ordered) {
    if (!hidden.has(unit.id) || (own.get(unit.id)?.plannedDays ?? 0) > 0) continue;
    const withPeople = (children.get(unit.id) ?? []).filter((c) => people(c.id) > 0);
    if (withPeople.length === 0 || withPeople.some((c) => hidden.has(c.id))) continue;
    const smallest = withPeople.reduce((best, c) => (people(c.id) < people(best.id) ? c : best));
    hidden.add(smallest.id);
  }
}

/** Units ordered by depth, the root first. */
export function parentsFirst(units: FigureUnit[]): FigureUnit[] {
  const depth = new Map(units.map((u) => [u.id, pathIds(u.path).length]));
  return [...units].sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
}
