import { suppressTreeComplements } from '../anonymity/suppress-tree-complements';

export interface FigureTreeUnit {
  id: string;
  parentId: string | null;
}

export interface FigurePeople {
  /** The persons behind the unit's figure: its whole subtree's. */
  subtree(unitId: string): number;
  /** The unit has figures of its own, not only its children's. */
  hasOwn(unitId: string): boolean;
}

/**
 * The units whose figure must not be shown, for any figure added up from the units' own records
 * (measured indicators, sick leave). First those with 1..minPersons − 1 persons behind them, or
 * hidden already for a reason outside this period (`alsoHidden`). Then complementary suppression,
 * so that parent − shown siblings does not give a small unit away. Last, a hidden unit must not be
 * the sum of shown parts either. Decided over the whole tree, so every view agrees; `units` come
 * parents first, as the complements are decided from the top down.
 */
export function hiddenFigureUnits(
  units: FigureTreeUnit[],
  people: FigurePeople,
  { minPersons, alsoHidden = new Set<string>() }: { minPersons: number; alsoHidden?: ReadonlySet<string> },
): Set<string> {
  const cells = units.map((unit) => {
    const n = people.subtree(unit.id);
    const suppressed = n > 0 && (n < minPersons || alsoHidden.has(unit.id));
    return { unitId: unit.id, parentId: unit.parentId, n, suppressed };
  });
  const hide = <T extends { suppressed: boolean }>(cell: T): T => ({ ...cell, suppressed: true });
  const protectedCells = suppressTreeComplements(cells, minPersons, hide);
  const hidden = new Set(protectedCells.filter((c) => c.suppressed).map((c) => c.unitId));
  hideSumsOfShownParts(units, people, hidden);
  return hidden;
}

/**
 * A hidden unit with no figures of its own whose children are all shown is their sum: anyone can
 * add it up, and then subtract it from its parent to reach the small unit it was hidden for. So
 * its smallest child with people is hidden too, and that child is looked at in its turn (parents
 * first), down to units whose figures are their own.
 */
function hideSumsOfShownParts(ordered: FigureTreeUnit[], people: FigurePeople, hidden: Set<string>): void {
  const children = new Map<string, FigureTreeUnit[]>();
  for (const unit of ordered) {
    if (unit.parentId === null) continue;
    const siblings = children.get(unit.parentId);
    if (siblings) siblings.push(unit);
    else children.set(unit.parentId, [unit]);
  }
  for (const unit of ordered) {
    if (!hidden.has(unit.id) || people.hasOwn(unit.id)) continue;
    const withPeople = (children.get(unit.id) ?? []).filter((c) => people.subtree(c.id) > 0);
    if (withPeople.length === 0 || withPeople.some((c) => hidden.has(c.id))) continue;
    const smallest = withPeople.reduce((best, c) =>
      people.subtree(c.id) < people.subtree(best.id) ? c : best,
    );
    hidden.add(smallest.id);
  }
}
