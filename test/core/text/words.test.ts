import { benchmarkTextIn } from '../../../core/text/benchmark-text';
import { reportDocumentMessages } from '../../../core/messages/report-document-messages';
import { translator } from '../../../core/messages/message-catalogue';
import { formatDateIn } from '../../../core/text/format-date';
import { statusTextIn } from '../../../core/text/goal-status-text';
import { gradesTextIn } from '../../../core/text/grades-text';

describe('statusTextIn', () => {
  it.each([
    { locale: 'da', met: 'Nået', notMet: 'Ikke nået', uncertain: 'Usikkert' },
    { locale: 'nb', met: 'Nådd', notMet: 'Ikke nådd', uncertain: 'Usikkert' },
    { locale: 'en', met: 'Met', notMet: 'Not met', uncertain: 'Uncertain' },
  ] as const)('when a goal is judged in $locale, then its status reads "$met" / "$notMet"', (c) => {
    const words = (['met', 'not-met', 'uncertain'] as const).map((s) => statusTextIn(s, c.locale));
    expect(words).toEqual([c.met, c.notMet, c.uncertain]);
  });
});

describe('the report document messages', () => {
  it.each([
    { locale: 'da', asOf: 'pr. 4. december 2026', grades: '1., 6. og 9. klasse', employees: '297 ansatte' },
    { locale: 'nb', asOf: 'per 4. desember 2026', grades: '1., 6. og 9. trinn', employees: '297 ansatte' },
    { locale: 'en', asOf: 'as of 4 December 2026', grades: 'grades 1, 6 and 9', employees: '297 employees' },
  ] as const)(
    'when the report is in $locale, then its dated and listed words read "$asOf", "$grades"',
    (c) => {
      const t = translator(reportDocumentMessages, c.locale);
      expect(t('reportDocument.asOf', { date: formatDateIn('2026-12-04', c.locale) })).toBe(c.asOf);
      expect(gradesTextIn(['1', '6', '9'], c.locale)).toBe(c.grades);
      expect(t('reportDocument.employees', { count: 297 })).toBe(c.employees);
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
