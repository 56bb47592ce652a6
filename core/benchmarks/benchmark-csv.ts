import type { ImportIssue } from '../imports/import-issue';
import { checkCsvShape } from '../imports/csv-shape-check';
import { readCsv, type CsvRecord } from '../imports/read-csv';
import { isMissingFigure, nameKey, readComparedMunicipality, readDecimal, readYear } from './benchmark-cells';
import { mapBenchmarkColumns, type BenchmarkColumn, type BenchmarkColumnMap } from './benchmark-columns';
import type { BenchmarkFigure } from './benchmark-figure';

/** KOSTRA has 356 municipalities; a few indicators over a few years fit many times over. */
export const MAX_BENCHMARK_ROWS = 50_000;
/** Seven columns are known; a spreadsheet's stray notes may add a few. */
export const MAX_BENCHMARK_COLUMNS = 50;
const MAX_TEXT = 200;

/** What the form gives for the whole file: used in rows whose source or vintage cell is empty. */
export interface BenchmarkDefaults {
  source: string;
  vintage: string;
}

export interface BenchmarkFile {
  figures: BenchmarkFigure[];
  issues: ImportIssue[];
}

const nothing = (issues: ImportIssue[]): BenchmarkFile => ({ figures: [], issues });

/**
 * Reads a benchmark CSV (municipality, comparison_group, indicator, period, value and, unless the
 * form gives them, source and vintage; headed in English, Danish or Norwegian). Every problem is
 * reported row by row; a file with any problem gives no figures at all (all or nothing).
 */
export function readBenchmarkCsv(text: string, defaults: BenchmarkDefaults): BenchmarkFile {
  // Counted before the cells are read: a file too long or too wide is refused for one pass over it.
  const shape = checkCsvShape(text, { rows: MAX_BENCHMARK_ROWS, columns: MAX_BENCHMARK_COLUMNS });
  if (shape.length) return nothing(shape);
  const table = readCsv(text);
  if (!table) return nothing([{ line: 1, field: '(file)', message: 'the file is empty' }]);
  const { columns, issues: headerIssues } = mapBenchmarkColumns(table.header);
  if (headerIssues.length) return nothing(headerIssues);
  if (table.records.length === 0)
    return nothing([{ line: 1, field: '(file)', message: 'there are no figures below the header' }]);

  const figures: BenchmarkFigure[] = [];
  const issues: ImportIssue[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of table.records) {
    if (record.cells.length > table.header.cells.length) {
      const message = `has ${record.cells.length} fields but the header has ${table.header.cells.length}; quote texts with "${table.separator}" in them`;
      issues.push({ line: record.line, field: '(row)', message });
      continue;
    }
    const read = readRow(record, columns, defaults);
    if ('issues' in read) {
      issues.push(...read.issues);
      continue;
    }
    const key = figureKey(read.figure);
    const first = firstLineOf.get(key);
    if (first === undefined) firstLineOf.set(key, record.line);
    else {
      const message = `the same municipality, comparison group, indicator, period and source as line ${first}`;
      issues.push({ line: record.line, field: columns.municipality!.heading, message });
    }
    figures.push(read.figure);
  }
  return issues.length ? nothing(issues) : { figures, issues: [] };
}

/** A figure is one municipality's value in one series. */
const figureKey = (f: BenchmarkFigure) =>
  [f.source, f.comparisonGroup, f.indicatorKey, String(f.period), f.municipalityKey]
    .map(nameKey)
    .join('\u0000');

function readRow(
  record: CsvRecord,
  columns: BenchmarkColumnMap,
  defaults: BenchmarkDefaults,
): { figure: BenchmarkFigure } | { issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const cellOf = (column: BenchmarkColumn) => {
    const at = columns[column];
    return { text: at ? (record.cells[at.index] ?? '').trim() : '', field: at?.heading ?? column };
  };
  const problem = (field: string, message: string) => issues.push({ line: record.line, field, message });
  const named = (column: BenchmarkColumn, fallback = '') => {
    const { text, field } = cellOf(column);
    const value = (text || fallback.trim()).replace(/\s+/g, ' ');
    if (value === '') problem(field, `missing ${column.replace('_', ' ')}`);
    else if (value.length > MAX_TEXT) problem(field, `longer than ${MAX_TEXT} characters`);
    return value;
  };

  const municipalityCell = cellOf('municipality');
  const municipality = readComparedMunicipality(municipalityCell.text);
  if (!municipality) problem(municipalityCell.field, 'missing municipality');
  const comparisonGroup = named('comparison_group');
  const indicatorKey = named('indicator');
  const period = readPeriod(cellOf('period'), problem);
  const value = readValue(cellOf('value'), problem);
  const source = named('source', defaults.source);
  const vintage = named('vintage', defaults.vintage);
  if (issues.length || !municipality || period === null || value === null) return { issues };
  const { written, key } = municipality;
  return {
    figure: {
      source,
      comparisonGroup,
      indicatorKey,
      period,
      municipality: written,
      municipalityKey: key,
      value,
      vintage,
    },
  };
}

type Problem = (field: string, message: string) => void;

function readPeriod({ text, field }: { text: string; field: string }, problem: Problem): number | null {
  if (text === '') {
    problem(field, 'missing period');
    return null;
  }
  const year = readYear(text);
  if (year === null) problem(field, `"${text}" is not a year; write the period as a year, e.g. 2024`);
  return year;
}

function readValue({ text, field }: { text: string; field: string }, problem: Problem): number | null {
  if (isMissingFigure(text)) {
    problem(field, `missing value${text ? ` ("${text}")` : ''}; leave out municipalities without a figure`);
    return null;
  }
  const value = readDecimal(text);
  if (value === null) problem(field, `"${text}" is not a number (e.g. 8,9 or 8.9)`);
  return value;
}
