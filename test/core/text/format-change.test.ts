import { formatChangeIn, formatChangeWithIntervalIn } from '../../../core/text/format-change';

describe('formatChangeIn', () => {
  it.each([
    // 0.041 as a share → 4.1 percentage points.
    { when: 'a rise in Danish', change: 0.041, unit: 'share', locale: 'da', expected: '+4,1 procentpoint' },
    {
      when: 'a fall in Norwegian',
      change: -0.041,
      unit: 'share',
      locale: 'nb',
      expected: '−4,1 prosentpoeng',
    },
    { when: 'no change in English', change: 0, unit: 'share', locale: 'en', expected: '±0.0 pp' },
    { when: 'a score rise in Danish', change: 0.125, unit: 'score', locale: 'da', expected: '+0,13' },
  ] as const)('when $when, then it reads "$expected"', ({ change, unit, locale, expected }) => {
    expect(formatChangeIn(change, unit, locale)).toBe(expected);
  });
});

describe('formatChangeWithIntervalIn', () => {
  it.each([
    {
      when: 'a share in Danish',
      change: { change: 0.016, ciLow: -0.061, ciHigh: 0.09 },
      locale: 'da',
      expected: '+1,6 procentpoint (−6,1 til +9,0)',
    },
    {
      when: 'a share in Norwegian',
      change: { change: 0.016, ciLow: -0.061, ciHigh: 0.09 },
      locale: 'nb',
      expected: '+1,6 prosentpoeng (−6,1 til +9,0)',
    },
    {
      when: 'a share in English',
      change: { change: 0.016, ciLow: -0.061, ciHigh: 0.09 },
      locale: 'en',
      expected: '+1.6 pp (−6.1 to +9.0)',
    },
    {
      when: 'an exact change between two counts',
      change: { change: -0.004, ciLow: -0.004, ciHigh: -0.004 },
      locale: 'da',
      expected: '−0,4 procentpoint',
    },
  ] as const)('when $when, then it reads "$expected"', ({ change, locale, expected }) => {
    expect(formatChangeWithIntervalIn(change, 'share', locale)).toBe(expected);
  });
});
