import { formatValueIn } from '../../../core/text/format-value';

describe('formatValueIn', () => {
  it.each([
    // A share is shown ×100 with one decimal: 0.8236 → 82.36 → 82.4.
    { when: 'a share in Danish', value: 0.8236, unit: 'share', locale: 'da', expected: '82,4 %' },
    { when: 'a share in Norwegian', value: 0.8236, unit: 'share', locale: 'nb', expected: '82,4 %' },
    { when: 'a share in English', value: 0.8236, unit: 'share', locale: 'en', expected: '82.4 %' },
    { when: 'a whole share in Danish', value: 1, unit: 'share', locale: 'da', expected: '100,0 %' },
    { when: 'a score in Danish', value: 3.456, unit: 'score', locale: 'da', expected: '3,46' },
    { when: 'a score in English', value: 3.456, unit: 'score', locale: 'en', expected: '3.46' },
    { when: 'an index in Norwegian', value: 71.25, unit: 'index', locale: 'nb', expected: '71,3' },
    // 41/40 = 1.025 lies just below the tie as a double: toFixed (and the CSV export) give 1.02.
    { when: 'a score on a binary tie', value: 41 / 40, unit: 'score', locale: 'da', expected: '1,02' },
    // No thousands separator: 1234.5 is written as it always was.
    { when: 'a large index in Danish', value: 1234.5, unit: 'index', locale: 'da', expected: '1234,5' },
    // The minus stays an ASCII hyphen in every language (Intl's nb-NO would write U+2212).
    { when: 'a negative index in Norwegian', value: -1.5, unit: 'index', locale: 'nb', expected: '-1,5' },
    { when: 'zero in English', value: 0, unit: 'share', locale: 'en', expected: '0.0 %' },
  ] as const)('when $when, then it reads "$expected"', ({ value, unit, locale, expected }) => {
    expect(formatValueIn(value, unit, locale)).toBe(expected);
  });
});
