import fc from 'fast-check';
import {
  disclosedCells,
  suppressUntilUndisclosed,
  type AuditCell,
  type SumRelation,
} from '../../../core/anonymity/audit-linear';
import { suppressComplements } from '../../../core/anonymity/complementary-suppression';
import type { RoundCell, RoundGoalCell } from '../../../core/anonymity/round-cell';
import { roundLinearSystem } from '../../../core/anonymity/round-linear-system';
import { suppressSmallCells } from '../../../core/anonymity/suppress-small-cells';
import type { IndicatorCell } from '../../../core/indicators/indicator-cell';
import { referenceDisclosedCells, referenceSuppressUntilUndisclosed } from './audit-linear-reference';

const MIN = 5;
const copy = (table: Map<string, AuditCell>) => new Map([...table].map(([id, cell]) => [id, { ...cell }]));

/** A municipality of 1–3 schools in 1–2 areas, 1–4 classes each; a class is one grade, girls and boys. */
const aClass = fc.record({
  grade: fc.constantFrom('0', '1', '2'),
  girls: fc.nat(7),
  boys: fc.nat(7),
});
const aSchool = fc.record({ area: fc.nat(1), classes: fc.array(aClass, { minLength: 1, maxLength: 4 }) });
const aGoal = fc.option(fc.subarray(['0', '1', '2'], { minLength: 1 }), { nil: null });
const aRound = fc.record({
  schools: fc.array(aSchool, { minLength: 1, maxLength: 3 }),
  goals: fc.array(aGoal, { maxLength: 2 }),
  /** Cells hidden besides the units' own rules: every k-th, k from here (0: none). */
  alsoHidden: fc.nat(9),
});
type Round = typeof aRound extends fc.Arbitrary<infer T> ? T : never;

/** Units, each unit's counts per group ('' total, 'grade=1', 'gender=girl') added up the tree. */
function countsOf(round: Round) {
  const units = [{ id: 'm', parentId: null as string | null }];
  const counts = new Map<string, Map<string, number>>();
  const add = (unitId: string, group: string, n: number) => {
    const own = counts.get(unitId) ?? new Map<string, number>();
    own.set(group, (own.get(group) ?? 0) + n);
    counts.set(unitId, own);
  };
  for (const area of new Set(round.schools.map((s) => s.area))) units.push({ id: `a${area}`, parentId: 'm' });
  round.schools.forEach((school, s) => {
    units.push({ id: `s${s}`, parentId: `a${school.area}` });
    school.classes.forEach((c, i) => {
      units.push({ id: `s${s}c${i}`, parentId: `s${s}` });
      for (const unitId of [`s${s}c${i}`, `s${s}`, `a${school.area}`, 'm']) {
        add(unitId, '', c.girls + c.boys);
        add(unitId, `grade=${c.grade}`, c.girls + c.boys);
        if (c.girls > 0) add(unitId, 'gender=girl', c.girls);
        if (c.boys > 0) add(unitId, 'gender=boy', c.boys);
      }
    });
  });
  return { units, counts };
}

/** The indicator's table as a recompute stores it (units' own suppression), and its goal values. */
function systemOf(round: Round): { table: Map<string, AuditCell>; relations: SumRelation[] } {
  const { units, counts } = countsOf(round);
  const cells: RoundCell[] = [];
  const goals: RoundGoalCell[] = [];
  let k = 0;
  for (const [unitId, own] of counts) {
    const stored = [...own].map(([group, n]): IndicatorCell => {
      const [breakdownKey = '', breakdownValue = ''] = group === '' ? [] : group.split('=');
      const suppressed = round.alsoHidden > 0 && ++k % round.alsoHidden === 0;
      return {
        indicatorKey: 'i',
        breakdownKey,
        breakdownValue,
        n,
        k: 0,
        value: 0,
        ciLow: 0,
        ciHigh: 0,
        suppressed,
      };
    });
    for (const cell of suppressComplements(suppressSmallCells(stored, MIN), MIN))
      cells.push({ ...cell, unitId, internal: false });
    round.goals.forEach((grades, g) => {
      const n =
        grades === null ? own.get('')! : grades.reduce((sum, v) => sum + (own.get(`grade=${v}`) ?? 0), 0);
      const filter = grades === null ? null : { breakdownKey: 'grade', values: grades };
      goals.push({ goalId: `g${g}`, unitId, indicatorKey: 'i', filter, n, hidden: n > 0 && n < MIN });
    });
  }
  return roundLinearSystem(units, cells, goals, MIN);
}

/** Any cells and any sums among them: ids outside the table, a cell twice, a total among its parts. */
const aSystem = fc
  .array(fc.record({ n: fc.nat(9), suppressed: fc.boolean() }), { minLength: 1, maxLength: 10 })
  .chain((cells) => {
    const ids = [...cells.keys()].map((i) => `x${i}`);
    const anId = fc.constantFrom(...ids, 'outside');
    const aRelation = fc.record({ total: anId, parts: fc.array(anId, { maxLength: 5 }) });
    return fc.record({ cells: fc.constant(cells), relations: fc.array(aRelation, { maxLength: 8 }) });
  })
  .map(({ cells, relations }) => ({
    table: new Map(cells.map((c, i) => [`x${i}`, { ...c, small: c.n > 0 && c.n < MIN }])),
    relations,
  }));

/** A unit's whole figure that is its child units' added up: a school's or an area's total. */
const isParentTotal = (id: string, relations: SumRelation[]) => {
  const [kind, unit, key] = id.split('\u0000');
  return (
    kind === 'c' &&
    key === '' &&
    relations.some(
      (r) => r.total === id && r.parts.length > 0 && r.parts.every((p) => p.split('\u0000')[1] !== unit),
    )
  );
};
const respondents = (table: Map<string, AuditCell>, ids: string[]) =>
  ids.reduce((sum, id) => sum + table.get(id)!.n, 0);

/**
 * The audit and the one before it on copies of the table: the same cells in the same order, except
 * that where the old one stopped with a small cell still solvable the new one goes on, and where it
 * hid a school's or an area's total the new one may protect by rectangles instead.
 */
function bothAudits(table: Map<string, AuditCell>, relations: SumRelation[]) {
  const [fast, slow] = [copy(table), copy(table)];
  const hidden = suppressUntilUndisclosed(fast, relations);
  const before = referenceSuppressUntilUndisclosed(slow, relations);
  const oldWasSafe = referenceDisclosedCells(slow, relations).length === 0;
  return { hidden, before, oldWasSafe, after: fast };
}

describe('suppressing until nothing is disclosed, against the audit that re-solved the whole table', () => {
  it('when a round of a small random municipality is audited, then it hides what the old audit hid (or, where that was a school or area total, no more respondents), and after that no small cell is solvable', () => {
    fc.assert(
      fc.property(aRound, (round) => {
        const { table, relations } = systemOf(round);
        const { hidden, before, oldWasSafe, after } = bothAudits(table, relations);
        if (!before.some((id) => isParentTotal(id, relations))) {
          expect(hidden.slice(0, before.length)).toEqual(before);
          if (oldWasSafe) expect(hidden).toEqual(before);
        } else if (oldWasSafe) {
          expect(respondents(table, hidden)).toBeLessThanOrEqual(respondents(table, before));
        }
        expect(referenceDisclosedCells(after, relations)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('when a class of 3 sits in a school with one class per grade, then a rectangle of grades protects it and no school or area total is hidden', () => {
    // As in the demo: an area of three schools, one class per grade (0, 1, 2), published by grade;
    // school 0's grade 0 has 3 pupils. No single cell protects it: the area's grade 0 minus the
    // other schools' grade 0, and school 0's total minus its other grades, both give it, and each
    // class is its school's grade under another name.
    const sizes = [
      [3, 17, 19],
      [14, 17, 19],
      [16, 17, 19],
    ];
    const units = [
      { id: 'm', parentId: null },
      { id: 'a', parentId: 'm' },
      ...sizes.flatMap((grades, s) => [
        { id: `s${s}`, parentId: 'a' },
        ...grades.map((_, g) => ({ id: `s${s}c${g}`, parentId: `s${s}` })),
      ]),
    ];
    const cells: RoundCell[] = [];
    const publish = (unitId: string, byGrade: number[]) => {
      const cell = (breakdownKey: string, breakdownValue: string, n: number) => ({
        unitId,
        indicatorKey: 'i',
        breakdownKey,
        breakdownValue,
        n,
        suppressed: n > 0 && n < MIN,
        internal: false,
      });
      cells.push(
        cell(
          '',
          '',
          byGrade.reduce((a, b) => a + b, 0),
        ),
      );
      byGrade.forEach((n, g) => n > 0 && cells.push(cell('grade', String(g), n)));
    };
    const column = (g: number) => sizes.reduce((sum, grades) => sum + grades[g]!, 0);
    for (const unitId of ['m', 'a']) publish(unitId, [column(0), column(1), column(2)]);
    sizes.forEach((grades, s) => {
      publish(`s${s}`, grades);
      grades.forEach((n, g) =>
        publish(
          `s${s}c${g}`,
          grades.map((_, k) => (k === g ? n : 0)),
        ),
      );
    });
    const { table, relations } = roundLinearSystem(units, cells, [], MIN);
    const { hidden, before, after } = bothAudits(table, relations);
    expect(before.filter((id) => isParentTotal(id, relations)).length).toBeGreaterThan(0);
    expect(hidden.filter((id) => isParentTotal(id, relations))).toEqual([]);
    expect(respondents(table, hidden)).toBeLessThan(respondents(table, before));
    expect(referenceDisclosedCells(after, relations)).toEqual([]);
  });

  it('when any sums tie any cells, then it hides what the old audit hid, in the same order', () => {
    fc.assert(
      fc.property(aSystem, ({ table, relations }) => {
        const { hidden, before, oldWasSafe } = bothAudits(table, relations);
        expect(hidden.slice(0, before.length)).toEqual(before);
        if (oldWasSafe) expect(hidden).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('when any sums tie any cells, then the disclosed cells are those the whole-table elimination finds, in its order', () => {
    fc.assert(
      fc.property(aSystem, ({ table, relations }) => {
        expect(disclosedCells(table, relations)).toEqual(referenceDisclosedCells(table, relations));
      }),
      { numRuns: 500 },
    );
  });

  it('when what pins a hidden class lies beyond the cells next to it, then the sums that pin it give what to hide', () => {
    // One area of two schools: school 0 has one class with 1 pupil, school 1 one class of 5. Area
    // total 6 − school 1's 5 = 1, and school 1's 5 can be read off many of its own cells (grade,
    // genders, its class, goals); the old audit ran out of cells next to school 0 and stopped.
    const round: Round = {
      schools: [
        { area: 0, classes: [{ grade: '0', girls: 0, boys: 1 }] },
        { area: 0, classes: [{ grade: '0', girls: 2, boys: 3 }] },
      ],
      goals: [null],
      alsoHidden: 0,
    };
    const { table, relations } = systemOf(round);
    const { hidden, before, oldWasSafe, after } = bothAudits(table, relations);
    expect(oldWasSafe).toBe(false);
    expect(hidden.length).toBeGreaterThan(before.length);
    expect(referenceDisclosedCells(after, relations)).toEqual([]);
  });
});
