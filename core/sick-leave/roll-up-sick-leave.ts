import { pathIds } from '../org/org-unit';
import { addTotals, noTotals, type FigureTotals } from './figures-totals';

/**
 * Each unit's figure is its whole subtree's records added up: every unit's own totals go to the
 * unit and to each of its ancestors on its path ('/root/area/school/'). Units without records of
 * their own or below them get no entry.
 */
export function rollUpSickLeave(
  units: { id: string; path: string }[],
  own: Map<string, FigureTotals>,
): Map<string, FigureTotals> {
  const subtree = new Map<string, FigureTotals>();
  for (const unit of units) {
    const totals = own.get(unit.id);
    if (!totals || totals.plannedDays <= 0) continue;
    for (const id of pathIds(unit.path)) {
      let sum = subtree.get(id);
      if (!sum) subtree.set(id, (sum = noTotals()));
      addTotals(sum, totals);
    }
  }
  return subtree;
}
