import { suppressSmallCells } from '../../../core/anonymity/suppress-small-cells';

const cell = (n: number, k: number | null) => ({
  label: `n${n}`,
  n,
  k,
  value: n === 0 || k === null ? null : k / n,
  ciLow: n === 0 ? null : 0.1,
  ciHigh: n === 0 ? null : 0.9,
  suppressed: false,
});

describe('suppressSmallCells', () => {
  it.each([
    { when: 'n = 0 (no data)', n: 0, k: 0, suppressed: false },
    { when: 'n = 1', n: 1, k: 1, suppressed: true },
    { when: 'n is one below the minimum (4 < 5)', n: 4, k: 2, suppressed: true },
    { when: 'n equals the minimum (5)', n: 5, k: 2, suppressed: false },
    { when: 'n is above the minimum', n: 40, k: 30, suppressed: false },
  ])('when $when, then suppressed is $suppressed', ({ n, k, suppressed }) => {
    const [result] = suppressSmallCells([cell(n, k)], 5);
    if (suppressed) {
      // n is kept for internal use; every number a reader could see is blanked
      expect(result).toEqual({
        label: `n${n}`,
        n,
        k: null,
        value: null,
        ciLow: null,
        ciHigh: null,
        suppressed,
      });
    } else {
      expect(result).toEqual(cell(n, k));
    }
  });

  it('when cells are suppressed, then the input cells are left unchanged and other fields are kept', () => {
    const input = [cell(3, 1), cell(9, 3)];
    const output = suppressSmallCells(input, 5);
    expect(input).toEqual([cell(3, 1), cell(9, 3)]);
    expect(output[0]).not.toBe(input[0]);
    expect(output.map((c) => [c.label, c.suppressed])).toEqual([
      ['n3', true],
      ['n9', false],
    ]);
  });
});
