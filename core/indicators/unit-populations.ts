import type { PopulationGroup } from './indicator-definition';
import { populationsOf, type TreeNode } from './roll-up';

/** What is known of a unit's people, each figure null when not known. */
export interface UnitPeople {
  id: string;
  parentId: string | null;
  /** The people the unit serves: pupils of a class, users of a care unit. */
  served: number | null;
  families: number | null;
  employees: number | null;
  /** The headcount of the unit's latest sick-leave record before the round closed, if imported. */
  headcount: number | null;
}

/**
 * Each unit's population for an instrument's target group: its own figure of that group, else the
 * sum of its children's when every one is known (roll-up.ts). Employees are the payroll headcount
 * where imported, else the unit's recorded figure. An instrument without a target group, or a
 * group nobody recorded, has no population and no interval is corrected: pupils never stand in
 * for a school's employees or its families.
 */
export function populationsFor(
  group: PopulationGroup | undefined,
  units: readonly UnitPeople[],
): Map<string, number | null> {
  const nodes: TreeNode[] = units.map((unit) => ({
    id: unit.id,
    parentId: unit.parentId,
    population: ownPopulation(group, unit),
  }));
  return populationsOf(nodes);
}

/** A unit's own figure of the group (not its children's), null when not known. */
export function ownPopulation(
  group: PopulationGroup | undefined,
  unit: Omit<UnitPeople, 'id' | 'parentId'>,
): number | null {
  switch (group) {
    case undefined:
      return null;
    case 'pupils':
    case 'users':
      return unit.served;
    case 'families':
      return unit.families;
    case 'employees':
      return unit.headcount ?? unit.employees;
  }
}
