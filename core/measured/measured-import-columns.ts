import type { ImportIssue } from '../imports/import-issue';
import type { CsvRecord } from '../imports/read-csv';
import { headingKey } from '../sick-leave/import-columns';

/** The columns of a measured-indicator file, by the names the template uses. */
export const MEASURED_COLUMNS = [
  'indicator',
  'unit_code',
  'period',
  'numerator',
  'denominator',
  'persons',
  'value',
] as const;
export type MeasuredColumn = (typeof MEASURED_COLUMNS)[number];

/** The template's columns: `value` is for KOSTRA extracts, which give the figure, not its parts. */
export const MEASURED_TEMPLATE_COLUMNS: readonly MeasuredColumn[] = MEASURED_COLUMNS.slice(0, 6);

/** Headings as Danish, Norwegian and English files write them. */
export const MEASURED_HEADINGS: Record<MeasuredColumn, readonly string[]> = {
  indicator: ['indicator', 'indikator', 'nøgletal', 'nøkkeltall', 'kostra_code', 'kostra-kode'],
  unit_code: ['unit_code', 'enhedskode', 'enhetskode', 'code', 'kode', 'unit', 'enhed', 'enhet'],
  period: ['period', 'periode', 'year', 'år', 'skoleår', 'quarter', 'kvartal', 'month', 'måned'],
  numerator: ['numerator', 'tæller', 'teller'],
  denominator: ['denominator', 'nævner', 'nevner'],
  persons: ['persons', 'personer', 'antal personer', 'antall personer'],
  value: ['value', 'værdi', 'verdi', 'figure', 'tal', 'tall'],
};

const COLUMN_OF_KEY = new Map<string, MeasuredColumn>(
  MEASURED_COLUMNS.flatMap((column) =>
    MEASURED_HEADINGS[column].map((heading) => [headingKey(heading), column] as const),
  ),
);

export type MeasuredColumnMap = Partial<Record<MeasuredColumn, { index: number; heading: string }>>;

export interface MeasuredHeader {
  columns: MeasuredColumnMap;
  /** Headings the import reads past (a unit's name, a remark). */
  ignored: string[];
  issues: ImportIssue[];
}

/**
 * Maps the header row to columns. The indicator and the period are required, and the numerator
 * or a value (a KOSTRA extract's figure); unit_code may be left out when every row is the whole
 * municipality's. A column given twice is an issue; unknown ones are read past.
 */
export function mapMeasuredColumns(header: CsvRecord): MeasuredHeader {
  const result: MeasuredHeader = { columns: {}, ignored: [], issues: [] };
  const issue = (field: string, message: string, code: string, params: Record<string, string> = {}) =>
    result.issues.push({ line: header.line, field, message, code, params });
  header.cells.forEach((cell, index) => {
    const heading = cell.trim();
    if (heading === '') return;
    const column = COLUMN_OF_KEY.get(headingKey(heading));
    if (!column) return void result.ignored.push(heading);
    const taken = result.columns[column];
    if (taken)
      issue(heading, `the same column as "${taken.heading}"`, 'sameColumn', { heading: taken.heading });
    else result.columns[column] = { index, heading };
  });
  for (const column of ['indicator', 'period'] as const)
    if (!result.columns[column])
      issue(
        column,
        `the column is missing; head it e.g. ${MEASURED_HEADINGS[column].slice(0, 3).join(', ')}`,
        'missingColumn',
        { column },
      );
  if (!result.columns.numerator && !result.columns.value)
    issue(
      'numerator',
      'the column is missing; head it numerator, tæller or teller (or value for a KOSTRA figure)',
      'missingColumn',
      { column: 'numerator' },
    );
  return result;
}
