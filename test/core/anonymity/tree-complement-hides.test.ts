import fc from 'fast-check';
import { suppressTreeComplements, type TreeCell } from '../../../core/anonymity/suppress-tree-complements';
import { treeComplementHides } from '../../../core/anonymity/tree-complement-hides';

/**
 * A tree of up to 30 units in any order (a parent may come after its children, a parent may be
 * missing), each with 0-12 respondents, some already hidden.
 */
const aTree = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 12 }), fc.boolean()), { minLength: 1, maxLength: 30 })
  .map((units) =>
    units.map(([parent, n, suppressed], i): TreeCell => ({
      unitId: `u${i}`,
      // Some point to a unit not in the list: their parent is not published.
      parentId: i === 0 ? null : `u${parent % (i + 2)}`,
      n,
      suppressed,
    })),
  );

describe('treeComplementHides', () => {
  it('when any tree is protected at any minimum, then it hides exactly the cells suppressTreeComplements hides', () => {
    fc.assert(
      fc.property(aTree, fc.integer({ min: 1, max: 10 }), (cells, min) => {
        const protectedCells = suppressTreeComplements(cells, min, (c) => ({ ...c, suppressed: true }));
        const expected = protectedCells.flatMap((c, i) => (c.suppressed && !cells[i]!.suppressed ? [i] : []));
        expect(treeComplementHides(cells, min)).toEqual(expected);
      }),
      { numRuns: 2000, seed: 22 },
    );
  });

  it('when a school of 12 has classes of 5 and 4 and 3 pupils attached to it, then the smallest class is hidden too', () => {
    // 12 − 5 − 4 = 3 derivable (below 5): hide the 4-class; 3 + 4 = 7 derivable, no longer small.
    const cells: TreeCell[] = [
      { unitId: 'school', parentId: null, n: 12, suppressed: false },
      { unitId: 'a', parentId: 'school', n: 5, suppressed: false },
      { unitId: 'b', parentId: 'school', n: 4, suppressed: false },
    ];
    expect(treeComplementHides(cells, 5)).toEqual([2]);
  });
});
