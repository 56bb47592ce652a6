import { suppressTreeComplements, type TreeCell } from '../../../core/anonymity/suppress-tree-complements';

const hide = (c: TreeCell): TreeCell => ({ ...c, suppressed: true });
const cell = (unitId: string, parentId: string | null, n: number, suppressed = n > 0 && n < 5): TreeCell => ({
  unitId,
  parentId,
  n,
  suppressed,
});
const hiddenIds = (cells: TreeCell[]) => cells.filter((c) => c.suppressed).map((c) => c.unitId);

describe('suppressTreeComplements', () => {
  it.each([
    // school 43 = 20 + 20 + 3: school − 6A − 6B reveals 6C's 3 pupils → hide the smallest shown (6A, first of the ties).
    [
      'one hidden class among shown ones',
      [cell('s', null, 43), cell('a', 's', 20), cell('b', 's', 20), cell('c', 's', 3)],
      ['a', 'c'],
    ],
    // 25 = 20 + 5: nothing hidden, nothing to derive.
    ['no hidden class', [cell('s', null, 25), cell('a', 's', 20), cell('b', 's', 5)], []],
    // 26 = 20 + 3 + 3: the two hidden together are 6 ≥ 5 → safe as it is.
    [
      'two hidden classes summing to the minimum or more',
      [cell('s', null, 26), cell('a', 's', 20), cell('b', 's', 3), cell('c', 's', 3)],
      ['b', 'c'],
    ],
    // 23 = 20 + 0 + remainder 3 (answers given at the school itself): school − 6A reveals those 3 → hide 6A.
    [
      'a small remainder at the parent itself',
      [cell('s', null, 23), cell('a', 's', 20), cell('b', 's', 0)],
      ['a'],
    ],
    // The school's 4 are hidden by the primary rule: there is no shown total to subtract from.
    [
      'a parent that is itself hidden protects its children already',
      [cell('s', null, 4), cell('a', 's', 2), cell('b', 's', 2)],
      ['s', 'a', 'b'],
    ],
    // area 60 = school 43 (with its own problem) + school 17: the area level is safe (0 hidden); the school level hides 6A.
    [
      'each family on its own',
      [
        cell('area', null, 60),
        cell('s', 'area', 43),
        cell('t', 'area', 17),
        cell('a', 's', 20),
        cell('b', 's', 20),
        cell('c', 's', 3),
      ],
      ['a', 'c'],
    ],
  ])('when %s, then the hidden units are as expected', (_name, cells, expected) => {
    expect(hiddenIds(suppressTreeComplements(cells, 5, hide)).sort()).toEqual([...expected].sort());
  });

  it('when the only shown child is hidden too, then it stops (nothing left to hide)', () => {
    // 7 = 4 + 3: both hidden already; derivable 7 ≥ 5 → safe. With remainder: 9 = 4 + 3 + 2 → derivable 9 ≥ 5.
    const cells = [cell('s', null, 7), cell('a', 's', 4), cell('b', 's', 3)];
    expect(hiddenIds(suppressTreeComplements(cells, 5, hide))).toEqual(['a', 'b']);
  });

  it('when given cells, then it does not change them in place', () => {
    const cells = [cell('s', null, 23), cell('a', 's', 20), cell('c', 's', 3)];
    suppressTreeComplements(cells, 5, hide);
    expect(cells[1]!.suppressed).toBe(false);
  });
});
