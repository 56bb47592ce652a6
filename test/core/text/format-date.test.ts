import { formatDateIn } from '../../../core/text/format-date';

describe('formatDateIn', () => {
  it.each([
    { locale: 'da', iso: '2026-11-24', expected: '24. november 2026' },
    { locale: 'nb', iso: '2026-11-24', expected: '24. november 2026' },
    { locale: 'en', iso: '2026-11-24', expected: '24 November 2026' },
    { locale: 'da', iso: '2026-05-01', expected: '1. maj 2026' },
    { locale: 'nb', iso: '2026-05-01', expected: '1. mai 2026' },
    { locale: 'en', iso: '2026-05-01', expected: '1 May 2026' },
    // 23:30 UTC on New Year's Eve is 00:30 on 1 January in Copenhagen (UTC+1 in winter).
    { locale: 'da', iso: '2026-12-31T23:30:00Z', expected: '1. januar 2027' },
    { locale: 'en', iso: '2026-12-31T22:30:00Z', expected: '31 December 2026' },
  ] as const)('when $iso is shown in $locale, then it reads "$expected"', ({ locale, iso, expected }) => {
    expect(formatDateIn(iso, locale)).toBe(expected);
  });
});
