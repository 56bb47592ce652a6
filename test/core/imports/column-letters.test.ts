import { columnLetters, columnOfReference } from '../../../core/imports/column-letters';

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'], // 26 + 1
    [200, 'GR'], // 7·26 + 18
    [702, 'ZZ'], // 26·26 + 26
    [703, 'AAA'],
    [16_384, 'XFD'], // 24·676 + 6·26 + 4: the last column Excel has
  ])('when the column is %i, then it is written %s and read back', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(columnOfReference(`${letters}12`)).toBe(column);
  });

  it.each([
    ['XFD1048576', 16_384],
    ['$B$3', 2],
    ['b3', 2],
    ['12', 0], // a reference to a whole row ("1:4")
    ['', 0],
  ])('when the reference is %p, then it is in column %i', (reference, column) => {
    expect(columnOfReference(reference)).toBe(column);
  });
});
