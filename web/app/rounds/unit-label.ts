import type { UnitDistribution } from './round-types';

/** "Skole A · 6.A": a unit with its parent, as the units are told apart in the lists. */
export const unitLabel = (u: Pick<UnitDistribution, 'parentName' | 'unitName'>) =>
  u.parentName ? `${u.parentName} · ${u.unitName}` : u.unitName;
