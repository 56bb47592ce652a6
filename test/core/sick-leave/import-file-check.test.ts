import { csvDialectOf, csvText } from '../../../core/exports/csv-text';
import { streamCsv } from '../../../core/imports/read-csv';
import { SickLeaveFileCheck, MAX_REPORTED_ISSUES } from '../../../core/sick-leave/import-file-check';
import type { StoredSickLeavePeriod } from '../../../core/sick-leave/import-overlaps';
import { parseImportPeriod } from '../../../core/sick-leave/import-period';
import { sickLeaveTemplate } from '../../../core/sick-leave/import-template';
import { unitCodeLookup } from '../../../core/sick-leave/import-unit-codes';

const UNITS = [
  { id: 'u-nord', code: 'NORD' },
  { id: 'u-syd', code: 'SYD' },
  { id: 'u-care', code: 'hjemmepleje' },
  { id: 'u-none', code: null },
];
const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const period = (text: string) => parseImportPeriod(text)!;

function check(text: string, stored: StoredSickLeavePeriod[] = []) {
  const file = new SickLeaveFileCheck(unitCodeLookup(UNITS));
  for (const record of streamCsv(text).records()) file.add(record);
  file.checkAgainstStored(stored);
  return file.result();
}

describe('SickLeaveFileCheck: reading the file', () => {
  it('when the export is Danish (semicolons, decimal commas, an extra name column), then every row is read', () => {
    const result = check(
      csv(
        'Enhed;Enhedsnavn;Periode;Planlagte dagsværk;Sygedage;Korttid;Langtid;Antal ansatte',
        'NORD;Nordskolen;marts 2025;420,5;24,25;16;8,25;21',
        'SYD;Sydskolen;2025-Q1;1.260,0;81;;;',
      ),
    );
    expect(result.issues).toEqual([]);
    expect(result.ignoredColumns).toEqual(['Enhedsnavn']);
    expect(result.rows).toEqual([
      {
        line: 2,
        unitId: 'u-nord',
        period: period('2025-03'),
        plannedDays: 420.5,
        sickDays: 24.25,
        shortTermDays: 16,
        longTermDays: 8.25,
        selfCertifiedDays: null,
        doctorCertifiedDays: null,
        employees: 21,
      },
      expect.objectContaining({ line: 3, unitId: 'u-syd', plannedDays: 1260, sickDays: 81, employees: null }),
    ]);
  });

  it('when the export is Norwegian with commas, then its headings and quarters are read', () => {
    const result = check(
      csv(
        'Enhetskode,Periode,Avtalte dagsverk,Sykedager,Egenmeldt,Legemeldt,Ansatte',
        'NORD,2025K2,300,"12,5",2.5,10,15',
        // Upper-cased by the payroll system: still the unit coded "hjemmepleje".
        'HJEMMEPLEJE,1. kvartal 2025,900,40,10,30,45',
      ),
    );
    expect(result.issues).toEqual([]);
    expect(
      result.rows.map((r) => [r.unitId, r.sickDays, r.selfCertifiedDays, r.doctorCertifiedDays]),
    ).toEqual([
      ['u-nord', 12.5, 2.5, 10],
      ['u-care', 40, 10, 30],
    ]);
  });

  it('when a file has both "Enhed" and "Enhedskode", then the code is read from "Enhedskode"', () => {
    const result = check(
      csv('Enhed;Enhedskode;Periode;Sygedage;Planlagte dage', 'Nordskolen;NORD;2025-01;3;100'),
    );
    expect(result.issues).toEqual([]);
    expect(result.ignoredColumns).toEqual(['Enhed']);
    expect(result.rows[0]!.unitId).toBe('u-nord');
  });

  it('when a required column is missing, then the header says so once and the rows are not checked', () => {
    const result = check(csv('unit_code;period;sick_days', 'NOPE;2025-01;3', 'NOPE;2025-02;4'));
    expect(result.issues).toEqual([
      {
        line: 1,
        field: 'planned_days',
        message:
          'the column is missing; head it e.g. planned_days, planned day-works, FTE-days, agreed day-works',
      },
    ]);
    expect(result).toMatchObject({ rows: [], issueCount: 1, rowCount: 2 });
  });

  it('when the file is empty or has only its header, then that is the one issue', () => {
    expect(check('').issues).toEqual([{ line: 1, field: '(file)', message: 'the file is empty' }]);
    expect(check(csv('enhed;periode;planlagte dage;sygedage')).issues).toEqual([
      { line: 1, field: '(file)', message: 'there are no rows below the header' },
    ]);
  });
});

describe('SickLeaveFileCheck: the row report', () => {
  it('when rows are wrong, then each problem names its line and the column as the file heads it', () => {
    const result = check(
      csv(
        'enhed;periode;planlagte dage;sygedage;korttid;langtid;egenmeldt;lægemeldt;ansatte',
        'NORD;2025-01;100;5;;;;;', // fine
        'VEST;2025-01;100;5;;;;;',
        'SYD;januar;100;5;;;;;',
        'SYD;2025-02;-100;5;;;;;',
        'SYD;2025-03;100;120;;;;;',
        // 6 + 5 = 11 short + long term days but only 10 sick days; self-certified alone is 12.
        'SYD;2025-04;100;10;6;5;12;;',
        'SYD;2025-05;;x;;;;;7,5',
        ';2025-06;100;5;;;;;',
      ),
    );
    expect(result.issues).toEqual([
      { line: 3, field: 'enhed', message: 'no unit has the code "VEST"' },
      {
        line: 4,
        field: 'periode',
        message:
          '"januar" is not a month or quarter; write e.g. 2025-03, 2025-Q1, "marts 2025" or "1. kvartal 2025"',
      },
      { line: 5, field: 'planlagte dage', message: '-100 is negative' },
      { line: 6, field: 'sygedage', message: '120 sick days, more than the 100 planned' },
      { line: 7, field: 'korttid + langtid', message: 'together 11 days, more than the 10 sick days' },
      { line: 7, field: 'egenmeldt', message: '12 days, more than the 10 sick days' },
      { line: 8, field: 'planlagte dage', message: 'give the number of day-works' },
      { line: 8, field: 'sygedage', message: '"x" is not a number' },
      { line: 8, field: 'ansatte', message: '"7,5" is not a whole number of people' },
      { line: 9, field: 'enhed', message: "give the unit's code" },
    ]);
    expect(result.rows.map((r) => r.line)).toEqual([2]);
  });

  it('when a comma-separated row has an unquoted decimal comma, then the row is reported, not misread', () => {
    const result = check(csv('unit_code,period,planned_days,sick_days', 'NORD,2025-01,100,12,5'));
    expect(result.issues).toEqual([
      {
        line: 2,
        field: '(row)',
        message:
          'has 5 fields but the header has 4; a decimal comma in a comma-separated file needs quotes ("12,5")',
      },
    ]);
  });

  it('when a unit and period come twice, or a month lies in a quarter of the same unit, then the later row is reported', () => {
    const result = check(
      csv(
        'enhed;periode;planlagte dage;sygedage',
        'NORD;2025-01;100;5',
        'NORD;januar 2025;100;6',
        'NORD;2025-Q1;300;15',
        'SYD;2025-Q2;300;15',
        'SYD;2025-05;100;5',
        'SYD;2025-07;100;5', // after the quarter: no overlap
        'NORD;2025-02;100;5', // February is free: the quarter on line 4 was refused
      ),
    );
    expect(result.issues).toEqual([
      { line: 3, field: 'periode', message: 'the same unit and period as line 2' },
      {
        line: 4,
        field: 'periode',
        message:
          "2025-Q1 overlaps 2025-01 of the same unit on line 2; give a unit's figures by month or by quarter, not both",
      },
      {
        line: 6,
        field: 'periode',
        message:
          "2025-05 overlaps 2025-Q2 of the same unit on line 5; give a unit's figures by month or by quarter, not both",
      },
    ]);
    expect(result.rows.map((r) => r.line)).toEqual([2, 5, 7, 8]);
  });

  it('when a row overlaps a period of the other kind already stored, then it is reported; the same period is not', () => {
    const stored: StoredSickLeavePeriod[] = [
      { unitId: 'u-nord', period: period('2025-Q1') },
      { unitId: 'u-syd', period: period('2025-04') },
      { unitId: 'u-syd', period: period('2025-01') },
      { unitId: 'u-care', period: period('2025-Q1') },
    ];
    const result = check(
      csv(
        'enhed;periode;planlagte dage;sygedage',
        'NORD;2025-02;100;5', // inside the stored quarter
        'hjemmepleje;2025-Q1;300;5', // the stored quarter itself: replaced
        'SYD;2025-Q2;300;5', // over the stored April
        'SYD;2025-01;100;5', // the stored month itself: replaced
      ),
      stored,
    );
    expect(result.issues).toEqual([
      {
        line: 2,
        field: 'periode',
        message:
          "2025-02 overlaps 2025-Q1, already imported for this unit by quarter; give a unit's figures by month or by quarter, not both",
      },
      {
        line: 4,
        field: 'periode',
        message:
          "2025-Q2 overlaps 2025-04, already imported for this unit by month; give a unit's figures by month or by quarter, not both",
      },
    ]);
  });

  it('when every row of a large file is wrong, then the first 500 problems are kept and all are counted', () => {
    const rows = Array.from({ length: 600 }, () => 'VEST;2025-01;100;5');
    const result = check(csv('enhed;periode;planlagte dage;sygedage', ...rows));
    expect(result.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(result.issueCount).toBe(600);
    expect(result.issues[499]!.line).toBe(501);
  });
});

describe('sickLeaveTemplate', () => {
  it('when the template is filled in as it is, then it passes the check with the units it names', () => {
    const units = [
      { code: null, kind: 'municipality' as const },
      { code: 'BU', kind: 'area' as const },
      { code: 'NORD', kind: 'institution' as const },
      { code: 'SYD', kind: 'institution' as const },
    ];
    // Month index 2025 × 12 + 2 = March 2025.
    const table = sickLeaveTemplate(units, 2025 * 12 + 2);
    expect(table.headers).toEqual([
      'unit_code',
      'period',
      'planned_days',
      'sick_days',
      'short_term_days',
      'long_term_days',
      'self_certified_days',
      'doctor_certified_days',
      'employees',
    ]);
    const result = check(csvText(table, csvDialectOf('da')));
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => [r.unitId, r.period])).toEqual([
      ['u-nord', period('2025-03')],
      ['u-syd', period('2025-03')],
    ]);
  });

  it('when no unit has a code, then one row shows where a code goes', () => {
    const table = sickLeaveTemplate([{ code: null, kind: 'municipality' }], 2025 * 12);
    expect(table.rows.map((r) => r[0])).toEqual(['UNIT-CODE']);
  });
});
