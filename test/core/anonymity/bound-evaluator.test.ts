import type { SystemRow } from '../../../core/anonymity/bounds/attacker-system';
import { BoundEvaluator } from '../../../core/anonymity/bounds/bound-evaluator';
import type { LinearExpression } from '../../../core/anonymity/bounds/linear-expression';
import type { BoundSolver } from '../../../core/anonymity/bound-solver';
import { loadHighsBoundSolver } from '../../../worker/anonymity/highs-bound-solver';

// Two hidden classes a and b of a school of 13 whose third class c showed 3 (system "shown"), or
// hid it too (system "hidden": c is an unknown whose truth is 3). Truth: a = 4, b = 6.
const count = { lower: 0, upper: Infinity, integer: true };
const sum = (terms: [number, number][], constant = 0): LinearExpression => ({
  terms: new Map(terms),
  constant,
});
const shown = {
  variables: [count, count],
  rows: [
    {
      expression: sum(
        [
          [0, 1],
          [1, 1],
        ],
        3,
      ),
      lower: 13,
      upper: 13,
    },
  ] as SystemRow[],
  truths: [4, 6],
  keys: ['a', 'b'],
};
const hidden = (fixC: boolean) => ({
  variables: [count, count, count],
  rows: [
    {
      expression: sum([
        [0, 1],
        [1, 1],
        [2, 1],
      ]),
      lower: 13,
      upper: 13,
    },
    ...(fixC ? [{ expression: sum([[2, 1]], -3), lower: 0, upper: 0, fix: 'c' }] : []),
  ] as SystemRow[],
  truths: [4, 6, 3],
  keys: ['a', 'b', 'c'],
});
const a = sum([[0, 1]]);
const b = sum([[1, 1]]);

let highs: BoundSolver;
let solves = 0;
const counted: BoundSolver = {
  open(problem) {
    const model = highs.open(problem);
    return {
      maximize: (objective) => (solves++, model.maximize(objective)),
      solution: () => model.solution(),
      certificate: () => model.certificate(),
      setRowBounds: (row, lower, upper) => model.setRowBounds(row, lower, upper),
      dispose: () => model.dispose(),
    };
  },
};

beforeAll(async () => {
  highs = await loadHighsBoundSolver();
});
beforeEach(() => {
  solves = 0;
});

describe('BoundEvaluator', () => {
  it('says yes from a program and no from the implied bounds, without a program', () => {
    const bounds = new BoundEvaluator(shown, counted);
    expect(bounds.reaches(a, 10)).toBe(true);
    expect(solves).toBe(1);
    // a + b = 10 with b ≥ 0: a cannot reach 11, and no program is needed to say so.
    expect(bounds.reaches(a, 11)).toBe(false);
    expect(bounds.reaches(sum([[0, 1]], -4), 7)).toBe(false);
    expect(solves).toBe(1);
    // The truth answers for itself.
    expect(bounds.reaches(b, 6)).toBe(true);
    expect(solves).toBe(1);
    bounds.dispose();
  });

  it('starts a system that hides more from the points found in the one before', () => {
    const before = new BoundEvaluator(shown, counted);
    expect(before.maximize(a)).toBe(10);
    const found = before.foundPoints();
    before.dispose();
    expect(found).toEqual([
      new Map([
        ['a', 10],
        ['b', 0],
      ]),
    ]);
    solves = 0;
    const after = new BoundEvaluator(hidden(false), counted);
    after.carry(found);
    // a = 10, b = 0 with c at its truth 3 is possible here too.
    expect(after.reaches(a, 10)).toBe(true);
    expect(solves).toBe(0);
    // Beyond what the carried point shows, a program decides: c can be 0, so a can reach 13.
    expect(after.reaches(a, 13)).toBe(true);
    expect(solves).toBe(1);
    after.dispose();
  });

  it('keeps the points a row held again still allows, and only those', () => {
    const bounds = new BoundEvaluator(hidden(true), counted);
    const fixRow = 1;
    expect(bounds.maximize(a)).toBe(10); // c held at 3
    bounds.setRowActive(fixRow, false);
    expect(bounds.maximize(a)).toBe(13); // c let go: 0
    bounds.setRowActive(fixRow, true);
    solves = 0;
    expect(bounds.reaches(a, 10)).toBe(true); // the point with c = 3 is kept
    expect(solves).toBe(0);
    // The point with c = 0 is gone: 13 is out of reach again (a program says so).
    expect(bounds.reaches(a, 13)).toBe(false);
    expect(solves).toBe(1);
    bounds.dispose();
  });

  it('names the points behind its answers, and whether a row held again keeps them possible', () => {
    const bounds = new BoundEvaluator(hidden(true), counted);
    const fixRow = 1;
    bounds.startWitnessing();
    expect(bounds.reaches(a, 10)).toBe(true); // a = 10, b = 0, c = 3
    const held = bounds.stopWitnessing();
    expect(held.complete).toBe(true);
    expect(bounds.rowHoldsAt(fixRow, held)).toBe(true);
    // a ≤ 10 is proved by the school's sum and c held at 3 together.
    expect(held.proved).toBe(true);
    expect([...held.proofRows].sort()).toEqual([0, fixRow]);
    bounds.setRowActive(fixRow, false);
    bounds.startWitnessing();
    expect(bounds.reaches(a, 12)).toBe(true); // only with c below 3
    const freed = bounds.stopWitnessing();
    expect(bounds.rowHoldsAt(fixRow, freed)).toBe(false);
    // With c let go, a ≤ 13 leans on the school's sum alone.
    expect(freed.proved).toBe(true);
    expect([...freed.proofRows]).toEqual([0]);
    bounds.dispose();
  });

  it('has no witness for an unbounded answer', () => {
    const open = {
      variables: [count, count],
      rows: [
        {
          expression: sum([
            [0, 1],
            [1, -1],
          ]),
          lower: 0,
          upper: 0,
        },
      ] as SystemRow[],
      truths: [2, 2],
      keys: ['a', 'b'],
    };
    const bounds = new BoundEvaluator(open, counted);
    bounds.startWitnessing();
    expect(bounds.maximize(a)).toBe(Infinity);
    expect(bounds.stopWitnessing().complete).toBe(false);
    bounds.dispose();
  });
});
