import { isPlainObject } from './is-plain-object';
import type { PartCheck } from './part-check';

/** settings.matrix.totalsSuffix: survey-core stores a matrix's totals row under "<name>-total". */
export const TOTALS_SUFFIX = '-total';

/** The columns with a total (totalType other than "none", or a totalExpression). */
function totalColumns(columns: unknown): string[] {
  if (!Array.isArray(columns)) return [];
  return columns
    .filter((column): column is Record<string, unknown> => isPlainObject(column))
    .filter(
      (column) => (column.totalType !== undefined && column.totalType !== 'none') || !!column.totalExpression,
    )
    .map((column) => String(column.name));
}

/**
 * The totals row a browser sends beside a matrixdropdown / matrixdynamic that defines totals:
 * { column: total } for the total columns. survey-core computes it and overwrites whatever was
 * sent, so we check its shape only (not the sums).
 */
export function matrixTotalsCheck(matrix: Record<string, unknown>): PartCheck | undefined {
  const columns = totalColumns(matrix.columns);
  if (columns.length === 0) return undefined;
  return {
    check(value) {
      // An empty totals row (null, '', []) is no totals row to survey-core, which keeps it as sent.
      if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return null;
      if (!isPlainObject(value)) return 'expected an object of column totals';
      const stray = Object.keys(value).find((key) => !columns.includes(key));
      return stray === undefined ? null : `${JSON.stringify(stray)} is not a column with a total`;
    },
  };
}
