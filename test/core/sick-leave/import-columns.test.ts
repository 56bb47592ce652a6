import { headingKey, mapSickLeaveColumns } from '../../../core/sick-leave/import-columns';

const header = (...cells: string[]) => ({ line: 1, cells });
const columnsOf = (...cells: string[]) =>
  Object.fromEntries(
    Object.entries(mapSickLeaveColumns(header(...cells)).columns).map(([column, at]) => [column, at.heading]),
  );

describe('headingKey', () => {
  it.each([
    ['Planlagte dagsværk', 'planlagte_dagsvaerk'],
    ['planlagte_dagsvaerk', 'planlagte_dagsvaerk'],
    ['  PLANLAGTE-DAGSVÆRK (i alt) ', 'planlagte_dagsvaerk'],
    ['Sykefraværsdagsverk', 'sykefravaersdagsverk'],
    ['FTE-days', 'fte_days'],
    ['Antal ansatte', 'antal_ansatte'],
  ])('when the heading is %p, then its key is %p', (heading, key) => {
    expect(headingKey(heading)).toBe(key);
  });
});

describe('mapSickLeaveColumns', () => {
  it('when the headings are English, Danish or Norwegian, then each finds its column', () => {
    expect(columnsOf('unit_code', 'period', 'FTE-days', 'sick_days', 'employees')).toEqual({
      unit_code: 'unit_code',
      period: 'period',
      planned_days: 'FTE-days',
      sick_days: 'sick_days',
      employees: 'employees',
    });
    expect(columnsOf('Enhetskode', 'Måned', 'Avtalte dagsverk', 'Tapte dagsverk', 'Legemeldt')).toMatchObject(
      {
        unit_code: 'Enhetskode',
        period: 'Måned',
        planned_days: 'Avtalte dagsverk',
        sick_days: 'Tapte dagsverk',
        doctor_certified_days: 'Legemeldt',
      },
    );
  });

  it('when the same column is headed twice alike, then that is an issue; a column no one uses is read past', () => {
    const mapped = mapSickLeaveColumns(
      header('kode', 'periode', 'sygedage', 'Sygedage', 'planlagte dage', 'Navn', ''),
    );
    expect(mapped.issues).toEqual([{ line: 1, field: 'Sygedage', message: 'the same column as "sygedage"' }]);
    expect(mapped.ignored).toEqual(['Navn']);
  });
});
