/**
 * A published group of a round as the audit names it: a unit's indicator group
 * (c␀unit␀breakdown␀value; '' and '' for the unit's total) or a goal's value at a unit
 * (g␀goal␀unit). The same ids as roundLinearSystem writes.
 */
const SEPARATOR = '\u0000';

// Concatenated rather than joined from an array: the audit names every cell several times a release.
export const cellGroupId = (unitId: string, breakdownKey: string, breakdownValue: string) =>
  'c' + SEPARATOR + unitId + SEPARATOR + breakdownKey + SEPARATOR + breakdownValue;

export const goalGroupId = (goalId: string, unitId: string) => 'g' + SEPARATOR + goalId + SEPARATOR + unitId;

export type GroupRef =
  | { kind: 'cell'; unitId: string; breakdownKey: string; breakdownValue: string }
  | { kind: 'goal'; goalId: string; unitId: string };

export function parseGroupId(id: string): GroupRef {
  const [kind, a = '', b = '', c = ''] = id.split(SEPARATOR);
  return kind === 'g'
    ? { kind: 'goal', goalId: a, unitId: b }
    : { kind: 'cell', unitId: a, breakdownKey: b, breakdownValue: c };
}
