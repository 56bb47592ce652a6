import fc from 'fast-check';
import type { AuditCell, SumRelation } from '../../../core/anonymity/audit-linear';
import { HiddenSystem } from '../../../core/anonymity/hidden-system';
import { indexTable } from '../../../core/anonymity/indexed-table';
import { referenceDisclosedCells } from './audit-linear-reference';

const MIN = 5;
const cell = (n: number, suppressed: boolean): AuditCell => ({ n, suppressed, small: n > 0 && n < MIN });
const sorted = (ids: string[]) => [...ids].sort();

/** Any cells and any sums among them: ids outside the table, a cell twice, a total among its parts. */
const aSystem = fc
  .array(fc.record({ n: fc.nat(9), suppressed: fc.boolean() }), { minLength: 1, maxLength: 10 })
  .chain((cells) => {
    const anId = fc.constantFrom(...cells.map((_, i) => `x${i}`), 'outside');
    const aRelation = fc.record({ total: anId, parts: fc.array(anId, { maxLength: 5 }) });
    return fc.record({
      table: fc.constant(new Map(cells.map((c, i) => [`x${i}`, cell(c.n, c.suppressed)]))),
      relations: fc.array(aRelation, { maxLength: 8 }),
      order: fc.shuffledSubarray([...cells.keys()]),
    });
  });

/** What the whole-table elimination says with `also` hidden too. */
function solvedWhole(table: Map<string, AuditCell>, relations: SumRelation[], also: string[] = []) {
  const trial = new Map(table);
  for (const id of also) trial.set(id, { ...trial.get(id)!, suppressed: true });
  return referenceDisclosedCells(trial, relations);
}

describe('the hidden cells’ system, kept solved while cells are hidden', () => {
  it('when t1 = a + b and t2 = a + b + c, then c is pinned, and hiding either total frees it', () => {
    // t2 − t1 = c. Hiding t1 (or t2) adds an unknown to one of the two sums: c = t2 − t1 is no
    // longer known, so one small cell fewer is disclosed (−1); hiding nothing else changes that.
    const table = new Map([
      ['t1', cell(9, false)],
      ['t2', cell(12, false)],
      ['a', cell(3, true)],
      ['b', cell(6, true)],
      ['c', cell(3, true)],
    ]);
    const indexed = indexTable(table, [
      { total: 't1', parts: ['a', 'b'] },
      { total: 't2', parts: ['a', 'b', 'c'] },
    ]);
    const system = new HiddenSystem(indexed);
    expect(system.disclosed().map((i) => indexed.ids[i])).toEqual(['c']);
    expect(system.changeIfHidden(0)).toBe(-1);
    expect(system.changeIfHidden(1)).toBe(-1);
    expect(system.hide(0)).toEqual({ disclosed: [], undisclosed: [4], relations: [0, 1] });
    expect(system.disclosedCount).toBe(0);
  });

  it('when cells are hidden one by one, then what it says hiding one would do, and what is disclosed after, match solving the whole table again', () => {
    fc.assert(
      fc.property(aSystem, ({ table, relations, order }) => {
        const indexed = indexTable(table, relations);
        const system = new HiddenSystem(indexed);
        const hidden: string[] = [];
        for (const index of order) {
          const id = indexed.ids[index]!;
          if (indexed.hidden[index]) continue;
          const now = solvedWhole(table, relations, hidden).length;
          const after = solvedWhole(table, relations, [...hidden, id]);
          expect(system.changeIfHidden(index)).toBe(after.length - now);
          system.hide(index);
          hidden.push(id);
          expect(sorted(system.disclosed().map((i) => indexed.ids[i]!))).toEqual(sorted(after));
          expect(system.disclosedCount).toBe(after.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
