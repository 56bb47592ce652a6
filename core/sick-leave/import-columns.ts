import type { CsvRecord } from '../imports/read-csv';
import type { ImportIssue } from '../imports/import-issue';

/** The columns of a sick-leave import, by the names the template uses. */
export const SICK_LEAVE_COLUMNS = [
  'unit_code',
  'period',
  'planned_days',
  'sick_days',
  'short_term_days',
  'long_term_days',
  'self_certified_days',
  'doctor_certified_days',
  'employees',
] as const;
export type SickLeaveColumn = (typeof SICK_LEAVE_COLUMNS)[number];

export const REQUIRED_SICK_LEAVE_COLUMNS: readonly SickLeaveColumn[] = [
  'unit_code',
  'period',
  'planned_days',
  'sick_days',
];

/**
 * Headings as Danish, Norwegian and English HR and payroll exports write them, the more specific
 * first: a file with both "Enhed" (perhaps the unit's name) and "Enhedskode" takes the code from
 * the latter. Planned day-works
 * are DST's possible day-works and SSB's agreed day-works (avtalte dagsverk); SSB calls the sick
 * ones lost day-works (tapte dagsverk).
 */
export const SICK_LEAVE_HEADINGS: Record<SickLeaveColumn, readonly string[]> = {
  unit_code: ['unit_code', 'enhedskode', 'enhetskode', 'code', 'kode', 'unit', 'enhed', 'enhet'],
  period: ['period', 'periode', 'month', 'måned', 'quarter', 'kvartal', 'lønperiode', 'lønnsperiode'],
  planned_days: [
    'planned_days',
    'planned day-works',
    'FTE-days',
    'agreed day-works',
    'possible day-works',
    'planlagte dagsværk',
    'planlagte dage',
    'mulige dagsværk',
    'avtalte dagsverk',
    'avtalte dager',
    'mulige dagsverk',
  ],
  sick_days: [
    'sick_days',
    'sick day-works',
    'sygedage',
    'sygedagsværk',
    'sygefraværsdage',
    'sykedager',
    'sykedagsverk',
    'sykefraværsdager',
    'sykefraværsdagsverk',
    'tapte dagsverk',
  ],
  short_term_days: ['short_term_days', 'short_term', 'korttid', 'korttidsfravær', 'korttidssygefravær'],
  long_term_days: ['long_term_days', 'long_term', 'langtid', 'langtidsfravær', 'langtidssygefravær'],
  self_certified_days: [
    'self_certified_days',
    'self_certified',
    'egenmeldt',
    'egenmeldte dager',
    'egenmelding',
  ],
  doctor_certified_days: [
    'doctor_certified_days',
    'doctor_certified',
    'legemeldt',
    'legemeldte dager',
    'lægemeldt',
    'lægemeldte dage',
  ],
  employees: ['employees', 'headcount', 'ansatte', 'antal ansatte', 'antall ansatte', 'medarbejdere'],
};

/**
 * "Planlagte dagsværk", "planlagte_dagsvaerk" and "PLANLAGTE-DAGSVÆRK (i alt)" are one heading:
 * lower case, æ ø å spelt out, words joined by _, a remark in brackets dropped.
 */
export function headingKey(heading: string): string {
  return heading
    .normalize('NFC')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Each heading's column, and its rank among that column's headings (0: the most specific). */
const COLUMN_OF_KEY = new Map<string, { column: SickLeaveColumn; rank: number }>(
  SICK_LEAVE_COLUMNS.flatMap((column) =>
    SICK_LEAVE_HEADINGS[column].map((heading, rank) => [headingKey(heading), { column, rank }] as const),
  ),
);

/** Where each column is in the file and what the file calls it. */
export type SickLeaveColumnMap = Partial<
  Record<SickLeaveColumn, { index: number; heading: string; rank: number }>
>;

export interface SickLeaveHeader {
  columns: SickLeaveColumnMap;
  /** Headings of columns the import does not use (a unit's name, a cost centre): read past. */
  ignored: string[];
  issues: ImportIssue[];
}

/** Maps the header row's headings to columns; a required column missing or one given twice is an issue. */
export function mapSickLeaveColumns(header: CsvRecord): SickLeaveHeader {
  const result: SickLeaveHeader = { columns: {}, ignored: [], issues: [] };
  const issue = (field: string, message: string) => result.issues.push({ line: header.line, field, message });
  header.cells.forEach((cell, index) => {
    const heading = cell.trim();
    const known = COLUMN_OF_KEY.get(headingKey(heading));
    if (heading === '') return;
    if (!known) return void result.ignored.push(heading);
    const { column, rank } = known;
    const taken = result.columns[column];
    if (taken && taken.rank === rank) issue(heading, `the same column as "${taken.heading}"`);
    else if (taken && taken.rank < rank) result.ignored.push(heading);
    else {
      if (taken) result.ignored.push(taken.heading);
      result.columns[column] = { index, heading, rank };
    }
  });
  for (const column of REQUIRED_SICK_LEAVE_COLUMNS)
    if (!result.columns[column])
      issue(
        column,
        `the column is missing; head it e.g. ${SICK_LEAVE_HEADINGS[column].slice(0, 4).join(', ')}`,
      );
  return result;
}
