import type { LinearProblem } from '../../../core/anonymity/bound-solver';
import { provedRows } from '../../../core/anonymity/dual-certificate';

// Two hidden classes x and y of a school of 10 (x + y = 10) and a grade group y + z = 4 with z ≥ 0.
const problem: LinearProblem = {
  variables: [0, 1, 2].map(() => ({ lower: 0, upper: Infinity, integer: true })),
  rows: [
    {
      terms: [
        [0, 1],
        [1, 1],
      ],
      lower: 10,
      upper: 10,
    },
    {
      terms: [
        [1, 1],
        [2, 1],
      ],
      lower: 4,
      upper: 4,
    },
  ],
};
const bounds = (p: LinearProblem) => ({
  lower: p.rows.map((r) => r.lower),
  upper: p.rows.map((r) => r.upper),
});
const maxX: [number, number][] = [[0, 1]];

describe('provedRows', () => {
  it('checks duals as a proof of the maximum and names the rows it leans on', () => {
    // max x = 10: x = 10 − y ≤ 10 since y ≥ 0 (row 0 alone).
    expect(provedRows(problem, bounds(problem), maxX, [1, 0], 10)).toEqual([true, false]);
    // The solver's other sign convention proves the same.
    expect(provedRows(problem, bounds(problem), maxX, [-1, 0], 10)).toEqual([true, false]);
    // max −y = 0 needs no row at all: y ≥ 0 is its column's own bound.
    expect(provedRows(problem, bounds(problem), [[1, -1]], [0, 0], 0)).toEqual([false, false]);
    // Leaning on y + z = 4 instead proves only −y ≤ 4: not a proof of 0.
    expect(provedRows(problem, bounds(problem), [[1, -1]], [0, -1], 0)).toBeNull();
  });

  it('refuses a proof that does not reach the maximum claimed, or leans on a row let go', () => {
    expect(provedRows(problem, bounds(problem), maxX, [1, 0], 9)).toBeNull();
    const released = bounds(problem);
    released.lower[0] = -Infinity;
    released.upper[0] = Infinity;
    expect(provedRows(problem, released, maxX, [1, 0], 10)).toBeNull();
    // No multipliers at all prove nothing about an unbounded column.
    expect(provedRows(problem, bounds(problem), maxX, [0, 0], 10)).toBeNull();
  });

  it('takes a tighter proof through another row, and ignores rounding noise', () => {
    // max x + z: (x + y) + (y + z) − 2y ≤ 14 … with y ≥ 0 the sum is at most 14 (both rows).
    const sum: [number, number][] = [
      [0, 1],
      [2, 1],
    ];
    expect(provedRows(problem, bounds(problem), sum, [1, 1], 14)).toEqual([true, true]);
    expect(provedRows(problem, bounds(problem), maxX, [1, 1e-12], 10)).toEqual([true, false]);
  });
});
