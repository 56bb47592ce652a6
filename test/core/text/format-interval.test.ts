import { formatIntervalIn, formatValueWithIntervalIn } from '../../../core/text/format-interval';

describe('formatIntervalIn', () => {
  it.each([
    { locale: 'da', unit: 'share', expected: '76,2 %–85,1 %' },
    { locale: 'nb', unit: 'share', expected: '76,2 %–85,1 %' },
    { locale: 'en', unit: 'share', expected: '76.2 %–85.1 %' },
    { locale: 'da', unit: 'index', expected: '0,8–0,9' },
  ] as const)('when the interval is 0.762–0.851 in $locale ($unit), then it reads "$expected"', (c) => {
    expect(formatIntervalIn(0.762, 0.851, c.unit, c.locale)).toBe(c.expected);
  });
});

describe('formatValueWithIntervalIn', () => {
  it.each([
    // The unit is written once, after the upper end.
    { locale: 'da', unit: 'share', expected: '82,0 % (76,0–87,0 %)' },
    { locale: 'nb', unit: 'share', expected: '82,0 % (76,0–87,0 %)' },
    { locale: 'en', unit: 'share', expected: '82.0 % (76.0–87.0 %)' },
    { locale: 'da', unit: 'score', expected: '0,82 (0,76–0,87)' },
  ] as const)('when 0.82 lies in 0.76–0.87 in $locale ($unit), then it reads "$expected"', (c) => {
    expect(formatValueWithIntervalIn(0.82, { low: 0.76, high: 0.87 }, c.unit, c.locale)).toBe(c.expected);
  });
});
