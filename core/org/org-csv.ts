import { checkCsvShape } from '../imports/csv-shape-check';
import { readCsv } from '../imports/read-csv';
import { mapColumns, readOrgRows, type ImportIssue } from './org-csv-rows';
import type { ExistingUnit, OrgImportPlan } from './org-import-plan';
import { placeOrgRows } from './place-org-rows';

/** A municipality's tree fits many times over; a bigger file is a mistake (or an attack). */
export const MAX_ORG_CSV_ROWS = 10_000;
/** Six columns are known; a spreadsheet's stray notes may add a few. */
export const MAX_ORG_CSV_COLUMNS = 50;

const nothing = (issues: ImportIssue[]): OrgImportPlan => ({
  issues,
  creates: [],
  updates: [],
  unchanged: 0,
});

/**
 * Reads an organisation CSV (columns code, name, kind, parent_code, grade, population, headed in
 * English, Danish or Norwegian) and plans it against the municipality's units. Every issue is
 * reported, row by row; a plan with issues creates and updates nothing. Planning the same file
 * again after it was applied finds every row unchanged.
 */
export function planOrgImport(text: string, existing: ExistingUnit[]): OrgImportPlan {
  // Counted before the cells are read: a file too long or too wide is refused for one pass over it.
  const shape = checkCsvShape(text, { rows: MAX_ORG_CSV_ROWS, columns: MAX_ORG_CSV_COLUMNS });
  if (shape.length) return nothing(shape);
  const table = readCsv(text);
  if (!table) return nothing([{ line: 1, field: '(file)', message: 'the file is empty' }]);
  const { columns, issues: headerIssues } = mapColumns(table.header);
  if (headerIssues.length) return nothing(headerIssues);
  if (table.records.length === 0)
    return nothing([{ line: 1, field: '(file)', message: 'there are no units below the header' }]);

  const { rows, issues, rejectedCodes } = readOrgRows(table, columns);
  const headings = {
    code: columns.code!.heading,
    kind: columns.kind!.heading,
    parent_code: columns.parent_code?.heading ?? 'parent_code',
  };
  const plan = placeOrgRows(rows, existing, { headings, rejectedCodes });
  const all = [...issues, ...plan.issues].sort((a, b) => a.line - b.line);
  return all.length ? nothing(all) : plan;
}
