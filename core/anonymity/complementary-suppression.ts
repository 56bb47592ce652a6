import type { IndicatorCell } from '../indicators/indicator-cell';
import { suppressCell } from './suppress-small-cells';

/**
 * Complementary (secondary) suppression: anonymity must survive subtraction.
 *
 * The cells of one breakdown (same indicatorKey, breakdownKey ≠ '') partition the respondents of
 * the indicator's total cell (breakdownKey ''). While the total is shown, a reader can subtract:
 * Σ hidden n = total n - Σ shown n, and likewise for k. So:
 *  1. exactly one suppressed cell → it is recovered outright;
 *  2. two or more suppressed cells whose n add up to less than minGroupSize → their union, itself a
 *     group below the minimum, is recovered.
 * In either case we also suppress the smallest shown cell of that breakdown (ties: the first) and
 * look again, until the breakdown has no suppressed cell or ≥ 2 whose n sum to ≥ minGroupSize, or
 * no shown cell with respondents is left (an n = 0 cell adds nothing to the sum, so hiding it would
 * protect nobody). Rule 2 is stricter than the textbook "never exactly one" rule; PRODUCT.md asks
 * that no group below the minimum be revealed by subtracting shown numbers.
 */
export function suppressComplements<T extends IndicatorCell>(cells: T[], minGroupSize: number): T[] {
  const result = cells.map((cell) => ({ ...cell }));
  for (const group of breakdownGroups(result)) {
    const total = result.find((c) => c.indicatorKey === group.indicatorKey && c.breakdownKey === '');
    if (total === undefined || total.suppressed || total.n === 0) continue;
    suppressUntilSafe(result, group.indices, minGroupSize);
  }
  return result;
}

/** Positions in `cells` of each (indicatorKey, breakdownKey ≠ '') group. */
function breakdownGroups(cells: IndicatorCell[]): { indicatorKey: string; indices: number[] }[] {
  const groups = new Map<string, { indicatorKey: string; indices: number[] }>();
  cells.forEach((cell, index) => {
    if (cell.breakdownKey === '') return;
    const id = JSON.stringify([cell.indicatorKey, cell.breakdownKey]);
    const group = groups.get(id) ?? { indicatorKey: cell.indicatorKey, indices: [] };
    group.indices.push(index);
    groups.set(id, group);
  });
  return [...groups.values()];
}

function isRecoverable(hidden: IndicatorCell[], minGroupSize: number): boolean {
  if (hidden.length === 0) return false;
  if (hidden.length === 1) return true;
  return hidden.reduce((sum, cell) => sum + cell.n, 0) < minGroupSize;
}

function suppressUntilSafe<T extends IndicatorCell>(
  cells: T[],
  indices: number[],
  minGroupSize: number,
): void {
  const at = (i: number): T => cells[i] as T;
  while (
    isRecoverable(
      indices.map(at).filter((cell) => cell.suppressed),
      minGroupSize,
    )
  ) {
    const candidates = indices.filter((i) => !at(i).suppressed && at(i).n > 0);
    if (candidates.length === 0) return;
    const smallest = candidates.reduce((best, i) => (at(i).n < at(best).n ? i : best));
    cells[smallest] = suppressCell(at(smallest));
  }
}
