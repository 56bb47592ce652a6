import type { ImportIssue } from '../imports/import-issue';
import type { CsvRecord } from '../imports/read-csv';
import { readDecimal } from '../imports/read-decimal';
import type { MeasuredDefinition } from './measured-definition';
import type { MeasuredColumn, MeasuredColumnMap } from './measured-import-columns';
import { measuredNumbersIssues, type MeasuredNumbers } from './measured-numbers-check';
import { parsePeriodKey, periodStartDate, type MeasuredPeriod } from './measured-period';

/** One row of a measured-indicator file, read and checked on its own. */
export interface ImportedMeasuredRow extends MeasuredNumbers {
  line: number;
  indicatorKey: string;
  unitId: string;
  /** The period's first day, as stored. */
  periodStart: string;
  period: MeasuredPeriod;
  numerator: number;
}

/** What a row is checked against: the municipality's definitions and units. */
export interface MeasuredRowContext {
  /** By key or by KOSTRA code. */
  definitionOf(text: string): MeasuredDefinition | undefined;
  unitIdOf(code: string): string | undefined;
  /** The municipality's root unit: an empty unit code means the whole municipality. */
  rootUnitId: string;
}

type Params = Record<string, string | number>;

const PERIOD_FORMS: Record<MeasuredDefinition['grain'], string> = {
  month: '2025-03',
  quarter: '2025-Q1',
  'school-year': '2024/25',
  'calendar-year': '2025',
};

function cell(record: CsvRecord, columns: MeasuredColumnMap, column: MeasuredColumn): string {
  const at = columns[column];
  return at ? (record.cells[at.index] ?? '').trim() : '';
}

/** A month given as a date (an XLSX cell typed "2025-03" comes back as 2025-03-01). */
const asPeriodText = (text: string) => (/^\d{4}-\d{2}-01$/.test(text) ? text.slice(0, 7) : text);

/**
 * Checks one row on its own: the indicator is one of the municipality's (by key or KOSTRA code),
 * the unit exists (empty: the whole municipality), the period is one of the indicator's grain,
 * and the numbers hold for its kind (measuredNumbersIssues). A KOSTRA extract may give a `value`
 * instead of the parts: it is kept as the value over a denominator of one (of `per` for a rate);
 * a share's value is in per cent, as KOSTRA gives it.
 */
export function readMeasuredRow(
  record: CsvRecord,
  columns: MeasuredColumnMap,
  context: MeasuredRowContext,
): { row: ImportedMeasuredRow; issues: [] } | { row: null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const heading = (column: MeasuredColumn) => columns[column]?.heading ?? column;
  const problem = (column: MeasuredColumn, message: string, code: string, params: Params = {}) => {
    issues.push({ line: record.line, field: heading(column), message, code, params });
    return undefined;
  };
  const text = (column: MeasuredColumn) => cell(record, columns, column);
  const number = (column: MeasuredColumn): number | null | undefined => {
    const t = text(column);
    if (t === '') return null;
    return readDecimal(t) ?? problem(column, `"${t}" is not a number`, 'notNumber', { text: t });
  };

  const indicator = text('indicator');
  const definition =
    indicator === ''
      ? problem('indicator', "give the indicator's key or KOSTRA code", 'giveIndicator')
      : (context.definitionOf(indicator) ??
        problem(
          'indicator',
          `no measured indicator has the key or KOSTRA code "${indicator}"`,
          'noIndicator',
          {
            text: indicator,
          },
        ));
  const code = text('unit_code');
  const unitId =
    code === ''
      ? context.rootUnitId
      : (context.unitIdOf(code) ??
        problem('unit_code', `no unit has the code "${code}"`, 'noUnit', { code }));
  const periodText = asPeriodText(text('period'));
  const period =
    definition &&
    (periodText === ''
      ? problem('period', `give the period, e.g. ${PERIOD_FORMS[definition.grain]}`, 'givePeriod', {
          example: PERIOD_FORMS[definition.grain],
        })
      : (parsePeriodKey(definition.grain, periodText) ??
        problem(
          'period',
          `"${periodText}" is not a period of this indicator; write e.g. ${PERIOD_FORMS[definition.grain]}`,
          'notPeriod',
          { text: periodText, example: PERIOD_FORMS[definition.grain] },
        )));
  let numerator = number('numerator');
  let denominator = number('denominator');
  const persons = number('persons');
  const value = number('value');
  if (definition && numerator === null && typeof value === 'number') {
    // KOSTRA gives a share ("andel") in per cent: 93,5 is 93.5 % of one.
    numerator = definition.kind === 'share' ? value / 100 : value;
    denominator = definition.kind === 'count' ? null : definition.per;
  }
  if (definition && numerator !== undefined && denominator !== undefined && persons !== undefined)
    for (const { field, issue, code, params } of measuredNumbersIssues(definition, {
      numerator,
      denominator,
      persons,
    }))
      problem(field === 'numerator' && !columns.numerator ? 'value' : field, issue, code, params);
  if (issues.length || !definition || !unitId || !period) return { row: null, issues };
  return {
    row: {
      line: record.line,
      indicatorKey: definition.key,
      unitId,
      period,
      periodStart: periodStartDate(period),
      numerator: numerator!,
      denominator: denominator ?? null,
      persons: persons ?? null,
    },
    issues: [],
  };
}
