import type { UnitIdOfCode } from './import-row';

/**
 * Finds the unit a code in an export names: exactly as the organisation has it, or else ignoring
 * case when that leaves one unit (payroll systems often upper-case their keys).
 */
export function unitCodeLookup(units: readonly { id: string; code: string | null }[]): UnitIdOfCode {
  const exact = new Map<string, string>();
  const folded = new Map<string, string | null>();
  for (const { id, code } of units) {
    if (code === null) continue;
    exact.set(code, id);
    const key = code.toLocaleLowerCase('da');
    folded.set(key, folded.has(key) ? null : id);
  }
  return (code) => exact.get(code) ?? folded.get(code.toLocaleLowerCase('da')) ?? undefined;
}
