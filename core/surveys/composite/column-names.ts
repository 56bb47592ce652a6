import { isPlainObject } from './is-plain-object';

const named = (column: unknown): boolean =>
  isPlainObject(column) && typeof column.name === 'string' && column.name !== '';

/**
 * survey-core's names for a matrix's columns: a column without a name — or given as bare text,
 * which it reads as an empty column — gets `question<N>`, the smallest N no column has yet
 * (named columns anywhere in the list count).
 */
export function withColumnNames(columns: unknown[]): unknown[] {
  const taken = new Set(columns.filter(named).map((column) => (column as { name: string }).name));
  return columns.map((column) => {
    if (named(column)) return column;
    let index = 1;
    while (taken.has(`question${index}`)) index++;
    taken.add(`question${index}`);
    return { ...(isPlainObject(column) ? column : {}), name: `question${index}` };
  });
}
