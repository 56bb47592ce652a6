import { benchmarkTextIn } from '../../../core/text/benchmark-text';
import { STATUS_TEXT } from '../../../core/text/goal-status-text';
import { REPORT_WORDS } from '../../../core/text/report-words';

describe('STATUS_TEXT', () => {
  it.each([
    { locale: 'da', met: 'Nået', notMet: 'Ikke nået', uncertain: 'Usikkert' },
    { locale: 'nb', met: 'Nådd', notMet: 'Ikke nådd', uncertain: 'Usikkert' },
    { locale: 'en', met: 'Met', notMet: 'Not met', uncertain: 'Uncertain' },
  ] as const)('when a goal is judged in $locale, then its status reads "$met" / "$notMet"', (c) => {
    const words = STATUS_TEXT[c.locale];
    expect([words.met, words['not-met'], words.uncertain]).toEqual([c.met, c.notMet, c.uncertain]);
  });
});

describe('REPORT_WORDS', () => {
  it.each([
    { locale: 'da', asOf: 'pr. 4. december 2026', grades: '1., 6. og 9. klasse', employees: '297 ansatte' },
    { locale: 'nb', asOf: 'per 4. desember 2026', grades: '1., 6. og 9. trinn', employees: '297 ansatte' },
    { locale: 'en', asOf: 'as of 4 December 2026', grades: 'grades 1, 6 and 9', employees: '297 employees' },
  ] as const)(
    'when the report is in $locale, then its dated and listed words read "$asOf", "$grades"',
    (c) => {
      const words = REPORT_WORDS[c.locale];
      expect(words.asOf('2026-12-04')).toBe(c.asOf);
      expect(words.grades(['1', '6', '9'])).toBe(c.grades);
      expect(words.employees(297)).toBe(c.employees);
    },
  );
});

describe('benchmarkTextIn', () => {
  const used = {
    comparisonGroup: 'Sammenlignelige kommuner',
    year: 2026,
    average: 0.846,
    municipalities: 5,
    source: 'Undervisningsministeriet',
    vintages: ['udtræk 2026-11-20'],
  };

  it.each([
    {
      locale: 'da',
      expected:
        'Gennemsnit for Sammenlignelige kommuner 2026: 84,6 % (5 kommuner; Undervisningsministeriet, udtræk 2026-11-20)',
    },
    {
      locale: 'nb',
      expected:
        'Gjennomsnitt for Sammenlignelige kommuner 2026: 84,6 % (5 kommuner; Undervisningsministeriet, udtræk 2026-11-20)',
    },
    {
      locale: 'en',
      expected:
        'Average of Sammenlignelige kommuner 2026: 84.6 % (5 municipalities; Undervisningsministeriet, udtræk 2026-11-20)',
    },
  ] as const)('when a benchmark is shown in $locale, then it reads "$expected"', ({ locale, expected }) => {
    expect(benchmarkTextIn(used, 'share', locale)).toBe(expected);
  });

  it('when one municipality and no source, then the singular and no origin', () => {
    const one = { ...used, municipalities: 1, source: '', vintages: [] };
    expect(benchmarkTextIn(one, 'share', 'en')).toBe(
      'Average of Sammenlignelige kommuner 2026: 84.6 % (1 municipality)',
    );
  });
});
