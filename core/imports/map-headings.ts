import type { ImportIssue } from './import-issue';
import type { CsvRecord } from './read-csv';

/** Where each column is in the file and what the file calls it. */
export type HeadingMap<C extends string> = Partial<Record<C, { index: number; heading: string }>>;

/**
 * Reads a file's header row against the known columns: every heading must name one of them, once,
 * and each required column must be there. Problems are reported by the header's line and the
 * heading as the file writes it.
 */
export function mapHeadings<C extends string>(
  header: CsvRecord,
  known: { columns: readonly C[]; required: readonly C[]; columnOf: (heading: string) => C | undefined },
): { columns: HeadingMap<C>; issues: ImportIssue[] } {
  const columns: HeadingMap<C> = {};
  const issues: ImportIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ line: header.line, field, message });
  header.cells.forEach((cell, index) => {
    const heading = cell.trim();
    const column = known.columnOf(heading);
    if (heading === '') issue(`column ${index + 1}`, 'the column has no heading');
    else if (!column) issue(heading, `unknown column; the columns are ${known.columns.join(', ')}`);
    else if (columns[column]) issue(heading, `the same column as "${columns[column]!.heading}"`);
    else columns[column] = { index, heading };
  });
  for (const column of known.required) if (!columns[column]) issue(column, 'the column is missing');
  return { columns, issues };
}
