import type { CsvRecord } from '../../../core/imports/read-csv';
import { readCsv } from '../../../core/imports/read-csv';
import { MeasuredDefinition } from '../../../core/measured/measured-definition';
import { definitionLookup, MeasuredFileCheck } from '../../../core/measured/measured-import-check';
import { MEASURED_LIBRARY } from '../../../core/measured/measured-library';
import { measuredNumbersIssues } from '../../../core/measured/measured-numbers-check';

const library = (key: string) => MEASURED_LIBRARY.find((d) => d.key === key)!;
const complaints = MeasuredDefinition.parse({
  key: 'complaints',
  title: { en: 'Complaints' },
  kind: 'count',
  numeratorLabel: { en: 'complaints' },
  grain: 'calendar-year',
  polarity: 'lower-is-better',
  minPersons: 0,
  kostraCode: 'KOSTRA-42',
});
const DEFINITIONS = [library('qualified-teacher-lessons'), library('nursing-home-falls'), complaints];
const UNITS: Record<string, string> = { SKOLE: 'unit-school', PLEJE: 'unit-care' };

function check(csv: string) {
  const file = new MeasuredFileCheck({
    definitionOf: definitionLookup(DEFINITIONS),
    unitIdOf: (code) => UNITS[code],
    rootUnitId: 'unit-root',
  });
  const table = readCsv(csv)!;
  const all: CsvRecord[] = [table.header, ...table.records];
  all.forEach((record) => file.add(record));
  const result = file.result();
  // The words are checked here; the codes, for the screens' own words, in one test below.
  return { ...result, issues: result.issues.map(({ code: _c, params: _p, ...issue }) => issue) };
}

const HEADER = 'indikator;enhedskode;periode;tæller;nævner;personer';

describe('checking a file of measured figures', () => {
  it('when every row holds, then each is read with its indicator, unit and period start', () => {
    const result = check(
      [
        HEADER,
        'qualified-teacher-lessons;SKOLE;2024/25;470;500;12',
        'nursing-home-falls;PLEJE;2025-03;3;2790,5;31',
        'KOSTRA-42;;2025;7;;',
      ].join('\n'),
    );
    expect(result.issues).toEqual([]);
    expect(result.rows.map(({ period: _p, ...row }) => row)).toEqual([
      {
        line: 2,
        indicatorKey: 'qualified-teacher-lessons',
        unitId: 'unit-school',
        periodStart: '2024-08-01',
        numerator: 470,
        denominator: 500,
        persons: 12,
      },
      {
        line: 3,
        indicatorKey: 'nursing-home-falls',
        unitId: 'unit-care',
        periodStart: '2025-03-01',
        numerator: 3,
        denominator: 2790.5,
        persons: 31,
      },
      // By KOSTRA code, for the whole municipality (no unit code).
      {
        line: 4,
        indicatorKey: 'complaints',
        unitId: 'unit-root',
        periodStart: '2025-01-01',
        numerator: 7,
        denominator: null,
        persons: null,
      },
    ]);
  });

  it('when a KOSTRA extract gives the figure as a value, then it is kept over a denominator of one (of per for a rate), a share read in per cent', () => {
    const result = check(
      [
        'indicator;period;value;persons',
        'nursing-home-falls;2025-01;4,2;40',
        'qualified-teacher-lessons;2024/25;95,5;80',
      ].join('\n'),
    );
    expect(result.issues).toEqual([]);
    // 4.2 falls per 1,000 days: 4.2 / 1,000 × 1,000 = 4.2 again.
    expect(result.rows.map((r) => [r.numerator, r.denominator, r.unitId])).toEqual([
      [4.2, 1000, 'unit-root'],
      [0.955, 1, 'unit-root'],
    ]);
  });

  it('when rows are wrong, then every problem is named by its line and the file’s own heading, and no row is kept', () => {
    const result = check(
      [
        HEADER,
        'qualified-teacher-lessons;SKOLE;2024/25;470;500;12',
        'waiting;SKOLE;2024/25;1;2;12',
        'qualified-teacher-lessons;VEST;2025-Q1;510;500;',
        'nursing-home-falls;PLEJE;2025-03;-3;2790;31',
        'KOSTRA-42;;2025;7;10;',
        'qualified-teacher-lessons;SKOLE;2024-25;470;500;12',
      ].join('\n'),
    );
    expect(result.issues).toEqual([
      { line: 3, field: 'indikator', message: 'no measured indicator has the key or KOSTRA code "waiting"' },
      { line: 4, field: 'enhedskode', message: 'no unit has the code "VEST"' },
      {
        line: 4,
        field: 'periode',
        message: '"2025-Q1" is not a period of this indicator; write e.g. 2024/25',
      },
      { line: 4, field: 'tæller', message: '510 is more than the 500 it is a share of' },
      { line: 4, field: 'personer', message: 'give the persons behind the figure; it is hidden below 5' },
      { line: 5, field: 'tæller', message: '-3 is negative' },
      { line: 6, field: 'nævner', message: 'a count has no denominator' },
      { line: 7, field: 'periode', message: 'the same indicator, unit and period as line 2' },
    ]);
    expect(result.issueCount).toBe(8);
  });

  it('when a required column is missing, then the header says so once, not every row', () => {
    const result = check(['enhed;tæller', 'SKOLE;1', 'SKOLE;2'].join('\n'));
    expect(result.issues.map((i) => [i.line, i.field])).toEqual([
      [1, 'indicator'],
      [1, 'period'],
    ]);
    expect(result.rowCount).toBe(2);
  });

  it('when the file has only a header, then it is refused as having no rows', () => {
    expect(check(HEADER).issues).toEqual([
      { line: 1, field: '(file)', message: 'there are no rows below the header' },
    ]);
  });
});

describe('naming a problem for the screens', () => {
  it('when a row is wrong, then each issue has a code and the values its message needs', () => {
    const file = new MeasuredFileCheck({
      definitionOf: definitionLookup(DEFINITIONS),
      unitIdOf: (code) => UNITS[code],
      rootUnitId: 'unit-root',
    });
    const table = readCsv([HEADER, 'qualified-teacher-lessons;VEST;2025-Q1;510;500;'].join('\n'))!;
    [table.header, ...table.records].forEach((record) => file.add(record));
    expect(file.result().issues.map((i) => [i.code, i.params])).toEqual([
      ['noUnit', { code: 'VEST' }],
      ['notPeriod', { text: '2025-Q1', example: '2024/25' }],
      ['shareAbove', { numerator: 510, denominator: 500 }],
      ['givePersons', { min: 5 }],
    ]);
  });
});

describe('checking one figure’s numbers', () => {
  const share = library('qualified-teacher-lessons');
  it.each([
    [{ numerator: 1, denominator: 2, persons: 5 }, []],
    [{ numerator: null, denominator: 2, persons: 5 }, ['numerator']],
    [{ numerator: 3, denominator: 2, persons: 5 }, ['numerator']],
    [{ numerator: 1, denominator: null, persons: 5 }, ['denominator']],
    [{ numerator: 1, denominator: -2, persons: 5 }, ['denominator']],
    [{ numerator: 1, denominator: 2, persons: null }, ['persons']],
    [{ numerator: 1, denominator: 2, persons: 2.5 }, ['persons']],
  ])('when a share is given %j, then the fields at fault are %j', (numbers, fields) => {
    expect(measuredNumbersIssues(share, numbers).map((i) => i.field)).toEqual(fields);
  });

  it('when a count without anonymity is given without persons, then it holds', () => {
    expect(measuredNumbersIssues(complaints, { numerator: 4, denominator: null, persons: null })).toEqual([]);
  });
});
