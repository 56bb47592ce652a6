import { readDecimal, readYear } from '../../../core/benchmarks/benchmark-cells';

describe('benchmark cells', () => {
  it.each([
    ['8,9', 8.9],
    ['8.9', 8.9],
    ['-0,5', -0.5],
    ['−1,25', -1.25],
    ['12 345,6', 12345.6],
    ['12\u00a0345', 12345],
    ['8,9 %', 8.9],
    ['42', 42],
  ])('when the value is written "%s", then it reads as %d', (text, value) => {
    expect(readDecimal(text)).toBe(value);
  });

  it.each(['1.234,5', '8,9,1', 'abc', '', '1e3', '0x10'])(
    'when the value is written "%s", then it is not a number',
    (text) => {
      expect(readDecimal(text)).toBeNull();
    },
  );

  it.each([
    ['2024', 2024],
    [' 2024 ', 2024],
    ['2024.0', 2024],
    ['2024K4', null],
    ['24', null],
    ['1800', null],
  ])('when the period is written "%s", then the year is %s', (text, year) => {
    expect(readYear(text)).toBe(year);
  });
});
