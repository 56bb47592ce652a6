/** The fields of a result cell that anonymity suppression reads and blanks. */
export interface SuppressibleCell {
  n: number;
  k: number | null;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
}

/** A copy of the cell marked suppressed with every derived number blanked; n stays for internal use. */
export function suppressCell<T extends SuppressibleCell>(cell: T): T {
  return { ...cell, suppressed: true, k: null, value: null, ciLow: null, ciHigh: null };
}

/**
 * Primary suppression: a group of 1..minGroupSize-1 counted respondents is too small to show
 * (PRODUCT.md: no value reveals a group smaller than the instrument's minimum). n = 0 is
 * "no data", which reveals nobody, so it is left as it is. Callers never show n of a suppressed cell.
 */
export function suppressSmallCells<T extends SuppressibleCell>(cells: T[], minGroupSize: number): T[] {
  return cells.map((cell) => (tooSmallToShow(cell.n, minGroupSize) ? suppressCell(cell) : { ...cell }));
}

/** Primary suppression's rule on its own (1..minGroupSize-1 counted respondents), for hot paths. */
export const tooSmallToShow = (n: number, minGroupSize: number): boolean => n > 0 && n < minGroupSize;
