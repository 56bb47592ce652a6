import { mapHeadings, type HeadingMap } from '../imports/map-headings';
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
export type BenchmarkColumnMap = HeadingMap<BenchmarkColumn>;

/** Every heading must be a known column, once; a column the file lacks is named. */
export const mapBenchmarkColumns = (header: CsvRecord) =>
  mapHeadings(header, { columns: BENCHMARK_COLUMNS, required: REQUIRED, columnOf });
