import { hiddenFigureUnits } from '../measured/hidden-figure-units';
import { pathIds } from '../org/org-unit';
import type { FigureTotals } from './figures-totals';

interface FigureUnit {
  id: string;
  parentId: string | null;
  path: string;
}

/**
 * The units whose sick-leave figure for a period must not be shown: the measured indicators' rule
 * (hidden-figure-units.ts) with n = employees, and a unit's own records those with planned days.
 */
export function hiddenUnits(
  units: FigureUnit[],
  { subtree, own }: { subtree: Map<string, FigureTotals>; own: Map<string, FigureTotals> },
  { minEmployees, alsoHidden = new Set<string>() }: { minEmployees: number; alsoHidden?: Set<string> },
): Set<string> {
  const people = {
    subtree: (id: string) => subtree.get(id)?.employees ?? 0,
    hasOwn: (id: string) => (own.get(id)?.plannedDays ?? 0) > 0,
  };
  return hiddenFigureUnits(units, people, { minPersons: minEmployees, alsoHidden });
}

/** Units ordered by depth, the root first. */
export function parentsFirst(units: FigureUnit[]): FigureUnit[] {
  const depth = new Map(units.map((u) => [u.id, pathIds(u.path).length]));
  return [...units].sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
}
