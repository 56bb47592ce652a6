import { readDecimal } from '../../../core/imports/read-decimal';

describe('readDecimal', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 0,25 ', 0.25],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1.234', 1.234], // one mark once is the decimal mark
    ['-3', -3],
    ['\u22123,5', -3.5],
    ['0.30000000000000004', 0.30000000000000004],
  ])('when the text is %p, then the number is %p', (text, value) => {
    expect(readDecimal(text)).toBe(value);
  });

  it.each(['', 'abc', '12a', '1,2,3', '1.23.4', '1.2,3,4', '--3', '12,5 dage'])(
    'when the text is %p, then it is not a number',
    (text) => {
      expect(readDecimal(text)).toBeNull();
    },
  );
});
