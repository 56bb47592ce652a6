import { mapHeadings, type HeadingMap } from '../imports/map-headings';
import { z } from 'zod';
import type { CsvRecord, CsvTable } from '../imports/read-csv';
import type { UnitKind } from './org-unit';
import { UnitCode, UnitGrade, UnitName, UnitPopulation } from './unit-input';

/** A problem with one row of an import, named by the file's line and the column as headed there. */
export interface ImportIssue {
  line: number;
  field: string;
  message: string;
}

/** A row of an organisation CSV, read and checked on its own (not yet against the tree). */
export interface OrgCsvRow {
  line: number;
  code: string;
  name: string;
  kind: UnitKind;
  /** null: directly under the municipality. */
  parentCode: string | null;
  /** undefined: the cell is empty or the column absent, so an existing value is kept. */
  grade?: number;
  population?: number;
  /** The families of the unit's children or pupils: the population of parent surveys. */
  families?: number;
  /** The unit's employees, where no payroll import gives a headcount: employee surveys. */
  employees?: number;
}

export const ORG_CSV_COLUMNS = [
  'code',
  'name',
  'kind',
  'parent_code',
  'grade',
  'population',
  'families',
  'employees',
] as const;
type Column = (typeof ORG_CSV_COLUMNS)[number];
const REQUIRED: Column[] = ['code', 'name', 'kind'];

/** Headers as Danish, Norwegian and English spreadsheets write them, lower-cased, spaces as _. */
const HEADER_WORDS: Record<Column, string[]> = {
  code: ['code', 'kode', 'unit_code', 'enhedskode', 'enhetskode'],
  name: ['name', 'navn'],
  kind: ['kind', 'type', 'level', 'niveau', 'nivå'],
  parent_code: [
    'parent_code',
    'parent',
    'overordnet_kode',
    'overordnet',
    'overordnet_enhed',
    'overordnet_enhet',
  ],
  grade: ['grade', 'klassetrin', 'klassetrinn', 'trin', 'trinn', 'årgang'],
  population: ['population', 'size', 'antal', 'antall', 'størrelse', 'elevtal', 'elevtall'],
  families: ['families', 'familier', 'husstande', 'husstander', 'hjem'],
  employees: ['employees', 'ansatte', 'medarbejdere', 'medarbeidere', 'tilsatte'],
};

/** Kinds in the three languages; a class or a department is a group. */
const KIND_WORDS: Record<UnitKind, string[]> = {
  municipality: ['municipality', 'kommune'],
  area: ['area', 'område', 'omrade'],
  institution: ['institution', 'institusjon'],
  group: ['group', 'gruppe', 'class', 'klasse', 'department', 'afdeling', 'avdeling'],
};

const headerKey = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const columnOf = (text: string) =>
  ORG_CSV_COLUMNS.find((column) => HEADER_WORDS[column].includes(headerKey(text)));
const kindOf = (text: string) =>
  (Object.keys(KIND_WORDS) as UnitKind[]).find((kind) =>
    KIND_WORDS[kind].includes(text.trim().toLowerCase()),
  );

/** Where each column is in the file and what the file calls it. */
export type ColumnMap = HeadingMap<Column>;

export const mapColumns = (header: CsvRecord) =>
  mapHeadings(header, { columns: ORG_CSV_COLUMNS, required: REQUIRED, columnOf });

const optionalCell = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const RowCells = z.object({
  code: UnitCode,
  // Our own CSV files put an apostrophe before a name a spreadsheet would run as a formula.
  name: z.preprocess((v) => (typeof v === 'string' ? v.replace(/^'(?=[=+\-@])/, '') : v), UnitName),
  kind: z.string().transform((text, ctx) => {
    const kind = kindOf(text);
    if (!kind)
      ctx.addIssue({
        code: 'custom',
        message: 'must be area, institution or group (område, institution/institusjon, gruppe/klasse)',
      });
    return kind ?? 'group';
  }),
  parent_code: optionalCell(UnitCode),
  grade: optionalCell(UnitGrade),
  population: optionalCell(UnitPopulation),
  families: optionalCell(UnitPopulation),
  employees: optionalCell(UnitPopulation),
});

/**
 * Each record checked on its own: a row, or the issues with its cells. `rejectedCodes` are the
 * codes of rejected rows, so their children are not also told that their parent does not exist.
 */
export function readOrgRows(
  table: CsvTable,
  columns: ColumnMap,
): { rows: OrgCsvRow[]; issues: ImportIssue[]; rejectedCodes: Set<string> } {
  const rows: OrgCsvRow[] = [];
  const issues: ImportIssue[] = [];
  const rejectedCodes = new Set<string>();
  for (const record of table.records) {
    if (record.cells.length > table.header.cells.length) {
      const message = `has ${record.cells.length} fields but the header has ${table.header.cells.length}; quote names with "${table.separator}" in them`;
      issues.push({ line: record.line, field: '(row)', message });
      if (columns.code) rejectedCodes.add((record.cells[columns.code.index] ?? '').trim());
      continue;
    }
    const cells = Object.fromEntries(
      ORG_CSV_COLUMNS.map((column) => [
        column,
        columns[column] ? (record.cells[columns[column].index] ?? '') : '',
      ]),
    );
    const parsed = RowCells.safeParse(cells);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const column = i.path[0] as Column;
        issues.push({ line: record.line, field: columns[column]?.heading ?? column, message: i.message });
      }
      rejectedCodes.add(String(cells.code).trim());
      continue;
    }
    const { code, name, kind, parent_code, grade, population, families, employees } = parsed.data;
    rows.push({
      line: record.line,
      code,
      name,
      kind,
      parentCode: parent_code ?? null,
      grade,
      population,
      families,
      employees,
    });
  }
  return { rows, issues, rejectedCodes };
}
