import { addTotals, noTotals, type FigureTotals } from './figures-totals';

/**
 * Each unit's figure is its whole subtree's records added up. `units` come parents first
 * (parentsFirst), so walking them backwards meets every unit after all of its children: its own
 * totals and its children's sums are complete when it is added into its parent, once per unit
 * rather than once per ancestor. Units without records of their own or below them get no entry.
 */
export function rollUpSickLeave(
  units: { id: string; parentId: string | null }[],
  own: Map<string, FigureTotals>,
): Map<string, FigureTotals> {
  const subtree = new Map<string, FigureTotals>();
  const sumOf = (id: string) => {
    let sum = subtree.get(id);
    if (!sum) subtree.set(id, (sum = noTotals()));
    return sum;
  };
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    const totals = own.get(unit.id);
    if (totals && totals.plannedDays > 0) addTotals(sumOf(unit.id), totals);
    const sum = subtree.get(unit.id);
    if (sum && unit.parentId !== null) addTotals(sumOf(unit.parentId), sum);
  }
  return subtree;
}
