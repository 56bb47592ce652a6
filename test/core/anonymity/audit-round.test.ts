import {
  disclosedCells,
  suppressUntilUndisclosed,
  type AuditCell,
} from '../../../core/anonymity/audit-linear';
import { auditRound, type RoundCell } from '../../../core/anonymity/audit-round';

const cell = (unitId: string, breakdownValue: string, n: number, suppressed = false): RoundCell => ({
  unitId,
  indicatorKey: 'wellbeing',
  breakdownKey: breakdownValue === '' ? '' : 'grade',
  breakdownValue,
  n,
  suppressed,
  internal: false,
});

// A school of two classes, 0.A (3 answers) and 5.A (20). Each class is one grade.
const units = [
  { id: 'school', parentId: null },
  { id: '0A', parentId: 'school' },
  { id: '5A', parentId: 'school' },
];

describe('linear audit of a published table', () => {
  it('when one hidden cell is the only unknown of a sum, then it is disclosed', () => {
    const cells = new Map<string, AuditCell>([
      ['total', { n: 23, suppressed: false, small: false }],
      ['a', { n: 3, suppressed: true, small: true }],
      ['b', { n: 20, suppressed: false, small: false }],
    ]);
    expect(disclosedCells(cells, [{ total: 'total', parts: ['a', 'b'] }])).toEqual(['a']);
  });

  it('when two sums share the same two hidden cells, then neither is disclosed', () => {
    const cells = new Map<string, AuditCell>([
      ['t1', { n: 9, suppressed: false, small: false }],
      ['t2', { n: 9, suppressed: false, small: false }],
      ['a', { n: 3, suppressed: true, small: true }],
      ['b', { n: 6, suppressed: true, small: false }],
    ]);
    const relations = [
      { total: 't1', parts: ['a', 'b'] },
      { total: 't2', parts: ['a', 'b'] },
    ];
    expect(disclosedCells(cells, relations)).toEqual([]);
  });

  it('when no single sum has one unknown but two sums together do, then elimination finds it', () => {
    // t1 = a + b, t2 = a + b + c: subtracting gives c, then nothing else.
    const cells = new Map<string, AuditCell>([
      ['t1', { n: 9, suppressed: false, small: false }],
      ['t2', { n: 12, suppressed: false, small: false }],
      ['a', { n: 3, suppressed: true, small: true }],
      ['b', { n: 6, suppressed: true, small: false }],
      ['c', { n: 3, suppressed: true, small: true }],
    ]);
    const relations = [
      { total: 't1', parts: ['a', 'b'] },
      { total: 't2', parts: ['a', 'b', 'c'] },
    ];
    expect(disclosedCells(cells, relations)).toEqual(['c']);
    const fixed = new Map(cells);
    // Hiding t1 (9) or t2 (12) each protects c; the smaller goes.
    expect(suppressUntilUndisclosed(fixed, relations)).toEqual(['t1']);
    expect(disclosedCells(fixed, relations)).toEqual([]);
  });

  it('when a grade hidden in the school’s breakdown can be read off its one class, then the audit hides more', () => {
    // Per-unit rules hide the school's grade 0 (3) and, as its complement, grade 5 (20). But the
    // school's grade 5 is 5.A's total, shown on 5.A's page: grade 0 = 23 − 20 = 3 again.
    const cells = [
      cell('school', '', 23),
      cell('school', '0', 3, true),
      cell('school', '5', 20, true),
      cell('0A', '', 3, true),
      cell('0A', '0', 3, true),
      cell('5A', '', 20),
      cell('5A', '5', 20),
    ];
    const { cells: hidden } = auditRound(units, cells, [], () => 5);
    expect(hidden.length).toBeGreaterThan(0);
    const after = cells.map((c) =>
      hidden.some((h) => h.unitId === c.unitId && h.breakdownValue === c.breakdownValue)
        ? { ...c, suppressed: true }
        : c,
    );
    expect(auditRound(units, after, [], () => 5)).toEqual({ cells: [], goals: [] });
  });

  it('when a goal pools grades whose cells are hidden, then the goal value is part of the audit', () => {
    // Grades 1 (3, hidden) and 2 (4, hidden) pooled by a goal shown with n 7; grade 3 shown; total shown:
    // nothing is disclosed by the breakdown alone (3 + 4 ≥ 5), and the goal adds only their sum.
    const school = [
      cell('school', '', 17),
      cell('school', '1', 3, true),
      cell('school', '2', 4, true),
      cell('school', '3', 10),
    ];
    const goal = { goalId: 'g', unitId: 'school', indicatorKey: 'wellbeing', n: 3, hidden: false };
    // A goal on grade 1 alone shows exactly the hidden grade 1: it must be hidden.
    const result = auditRound(
      [{ id: 'school', parentId: null }],
      school,
      [{ ...goal, filter: { breakdownKey: 'grade', values: ['1'] } }],
      () => 5,
    );
    expect(result.goals).toEqual([{ goalId: 'g', unitId: 'school' }]);
  });
});
