import { suppressComplements } from '../../../core/anonymity/complementary-suppression';
import type { IndicatorCell } from '../../../core/indicators/compute-indicator-cells';

/** A cell with k = half of n rounded down; `hidden` marks primary suppression already applied. */
function aCell(
  indicatorKey: string,
  breakdownKey: string,
  breakdownValue: string,
  n: number,
  hidden = false,
) {
  const k = Math.floor(n / 2);
  const cell: IndicatorCell = {
    indicatorKey,
    breakdownKey,
    breakdownValue,
    n,
    k,
    value: n === 0 ? null : k / n,
    ciLow: n === 0 ? null : 0.1,
    ciHigh: n === 0 ? null : 0.9,
    suppressed: false,
  };
  return hidden ? { ...cell, k: null, value: null, ciLow: null, ciHigh: null, suppressed: true } : cell;
}

/** "value:n" for every suppressed breakdown cell, to compare whole outcomes at a glance. */
const hidden = (cells: IndicatorCell[]) =>
  cells.filter((c) => c.suppressed).map((c) => `${c.indicatorKey}/${c.breakdownValue || 'total'}:${c.n}`);

describe('suppressComplements (minGroupSize 5)', () => {
  it.each([
    {
      // total 20 = 3 + 10 + 7: grade 1 alone hidden → 20 - 10 - 7 = 3 recoverable; hide grade 3 (7)
      when: 'exactly one cell of a breakdown is hidden',
      cells: [
        aCell('w', '', '', 20),
        aCell('w', 'g', '1', 3, true),
        aCell('w', 'g', '2', 10),
        aCell('w', 'g', '3', 7),
      ],
      expected: ['w/1:3', 'w/3:7'],
    },
    {
      // a single hidden cell is recovered whatever its size (here 7, hidden by an earlier rule): hide 10
      when: 'the one hidden cell is not small',
      cells: [
        aCell('w', '', '', 30),
        aCell('w', 'g', '1', 7, true),
        aCell('w', 'g', '2', 10),
        aCell('w', 'g', '3', 13),
      ],
      expected: ['w/1:7', 'w/2:10'],
    },
    {
      // nothing hidden, nothing to protect
      when: 'no cell is hidden',
      cells: [aCell('w', '', '', 20), aCell('w', 'g', '1', 10), aCell('w', 'g', '2', 10)],
      expected: [],
    },
    {
      // 3 + 4 = 7 >= 5: the recovered sum is itself a large enough group
      when: 'two hidden cells add up to the minimum',
      cells: [
        aCell('w', '', '', 20),
        aCell('w', 'g', '1', 3, true),
        aCell('w', 'g', '2', 4, true),
        aCell('w', 'g', '3', 13),
      ],
      expected: ['w/1:3', 'w/2:4'],
    },
    {
      // 1 + 2 = 3 < 5: total 20 - 8 - 9 = 3 people recovered as a group → hide 8 as well (3 + 8 = 11)
      when: 'two hidden cells add up to less than the minimum',
      cells: [
        aCell('w', '', '', 20),
        aCell('w', 'g', '1', 1, true),
        aCell('w', 'g', '2', 2, true),
        aCell('w', 'g', '3', 9),
        aCell('w', 'g', '4', 8),
      ],
      expected: ['w/1:1', 'w/2:2', 'w/4:8'],
    },
    {
      // the total is hidden (say by a rule one level up), so there is nothing to subtract from
      when: 'the total is hidden',
      cells: [aCell('w', '', '', 12, true), aCell('w', 'g', '1', 3, true), aCell('w', 'g', '2', 9)],
      expected: ['w/total:12', 'w/1:3'],
    },
    {
      // no total cell at all: nothing to subtract from either
      when: 'there is no total cell',
      cells: [aCell('w', 'g', '1', 3, true), aCell('w', 'g', '2', 9)],
      expected: ['w/1:3'],
    },
    {
      // the only other cell has n = 0: hiding "no data" would add nothing to the sum, so it stays
      when: 'the only shown cell has no respondents',
      cells: [aCell('w', '', '', 8), aCell('w', 'g', '1', 3, true), aCell('w', 'g', '2', 0)],
      expected: ['w/1:3'],
    },
    {
      // grades 2 and 3 both have n = 6: the first of the smallest is hidden
      when: 'the smallest shown cells tie',
      cells: [
        aCell('w', '', '', 15),
        aCell('w', 'g', '1', 3, true),
        aCell('w', 'g', '2', 6),
        aCell('w', 'g', '3', 6),
      ],
      expected: ['w/1:3', 'w/2:6'],
    },
  ])('when $when, then the hidden cells are $expected', ({ cells, expected }) => {
    expect(hidden(suppressComplements(cells, 5))).toEqual(expected);
  });

  it('when one indicator needs a complement, then other indicators and breakdowns are untouched', () => {
    // w/g: 3 hidden of 3 + 5 + 12 → hide 5. w/s (sex) and v/g have nothing hidden.
    const cells = [
      aCell('w', '', '', 20),
      aCell('w', 'g', '1', 3, true),
      aCell('w', 'g', '2', 5),
      aCell('w', 'g', '3', 12),
      aCell('w', 's', 'f', 9),
      aCell('w', 's', 'm', 11),
      aCell('v', '', '', 20),
      aCell('v', 'g', '1', 5),
      aCell('v', 'g', '2', 15),
    ];
    expect(hidden(suppressComplements(cells, 5))).toEqual(['w/1:3', 'w/2:5']);
  });

  it('when a complement is hidden, then its numbers are blanked and the input is not changed', () => {
    const cells = [aCell('w', '', '', 20), aCell('w', 'g', '1', 3, true), aCell('w', 'g', '2', 17)];
    const result = suppressComplements(cells, 5);
    expect(result[2]).toEqual({
      ...aCell('w', 'g', '2', 17),
      k: null,
      value: null,
      ciLow: null,
      ciHigh: null,
      suppressed: true,
    });
    expect(cells[2]).toEqual(aCell('w', 'g', '2', 17));
  });
});
