import { isWithin, pathIds } from './org-unit';

/**
 * Whose results a reader may see (docs/decisions/0013): every unit of her own part of the
 * organisation, and the municipality as a whole, whose totals the public page shows anyway. Never
 * another unit's values, nor another unit named as missing a goal.
 */
export interface ReadScope {
  /** The reader's own unit: '/' for a reader of everything (the public page, an adopted report). */
  scopeUnitPath: string;
}

/** Reads every unit: what the council adopts and what citizens read of a published contract. */
export const READS_EVERYTHING: ReadScope = Object.freeze({ scopeUnitPath: '/' });

export const readScopeOf = (staff: { scopeUnitPath: string }): ReadScope => ({
  scopeUnitPath: staff.scopeUnitPath,
});

/** Whether the reader may see this unit's results, and its name beside them. */
export function readsResultsOf(reader: ReadScope, unit: { path: string }): boolean {
  return isWithin(unit.path, reader.scopeUnitPath) || pathIds(unit.path).length === 1;
}

/** Whether the reader's part covers every unit, so nothing is left out of what she reads. */
export const readsEveryUnit = (reader: ReadScope): boolean => pathIds(reader.scopeUnitPath).length <= 1;
