import type { ImportIssue } from '../imports/import-issue';
import type { CsvRecord } from '../imports/read-csv';

export const BENCHMARK_COLUMNS = [
  'municipality',
  'comparison_group',
  'indicator',
  'period',
  'value',
  'source',
  'vintage',
] as const;
export type BenchmarkColumn = (typeof BENCHMARK_COLUMNS)[number];

/** Source and vintage may instead be given once for the whole file (the form's fields). */
const REQUIRED: BenchmarkColumn[] = ['municipality', 'comparison_group', 'indicator', 'period', 'value'];

/** Headers as Danish, Norwegian and English spreadsheets write them, lower-cased, spaces as _. */
const HEADER_WORDS: Record<BenchmarkColumn, string[]> = {
  municipality: ['municipality', 'kommune', 'region', 'kommunenummer', 'kommunenr'],
  comparison_group: [
    'comparison_group',
    'group',
    'sammenligningsgruppe',
    'sammenlikningsgruppe',
    'kommunegruppe',
    'kostragruppe',
    'kostra_group',
    'peer_group',
  ],
  indicator: ['indicator', 'indicator_key', 'indikator', 'nøgletal', 'nøkkeltall'],
  period: ['period', 'year', 'periode', 'år', 'aar'],
  value: ['value', 'værdi', 'verdi'],
  source: ['source', 'kilde'],
  vintage: ['vintage', 'release', 'version', 'udgave', 'utgave', 'årgang'],
};

const headerKey = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const columnOf = (text: string) =>
  BENCHMARK_COLUMNS.find((column) => HEADER_WORDS[column].includes(headerKey(text)));

/** Where each column is in the file and what the file calls it. */
export type BenchmarkColumnMap = Partial<Record<BenchmarkColumn, { index: number; heading: string }>>;

/** Every heading must be a known column, once; a column the file lacks is named. */
export function mapBenchmarkColumns(header: CsvRecord): {
  columns: BenchmarkColumnMap;
  issues: ImportIssue[];
} {
  const columns: BenchmarkColumnMap = {};
  const issues: ImportIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ line: header.line, field, message });
  header.cells.forEach((cell, index) => {
    const heading = cell.trim();
    const column = columnOf(heading);
    if (heading === '') issue(`column ${index + 1}`, 'the column has no heading');
    else if (!column) issue(heading, `unknown column; the columns are ${BENCHMARK_COLUMNS.join(', ')}`);
    else if (columns[column]) issue(heading, `the same column as "${columns[column].heading}"`);
    else columns[column] = { index, heading };
  });
  for (const column of REQUIRED) if (!columns[column]) issue(column, 'the column is missing');
  return { columns, issues };
}
