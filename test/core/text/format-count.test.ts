import { formatCountIn, nTextIn } from '../../../core/text/format-count';

describe('nTextIn', () => {
  it.each([
    { locale: 'da', n: 212, expected: 'n = 212' },
    { locale: 'nb', n: 212, expected: 'n = 212' },
    { locale: 'en', n: 212, expected: 'n = 212' },
    // Thousands grouped as each language groups them; Norwegian with a no-break space.
    { locale: 'da', n: 1234, expected: 'n = 1.234' },
    { locale: 'nb', n: 1234, expected: 'n = 1\u00a0234' },
    { locale: 'en', n: 1234, expected: 'n = 1,234' },
  ] as const)('when n is $n in $locale, then it reads "$expected"', ({ locale, n, expected }) => {
    expect(nTextIn(n, locale)).toBe(expected);
  });

  it('when the count is below ten thousand in Danish, then it is still grouped', () => {
    expect(formatCountIn(9999, 'da')).toBe('9.999');
  });
});
