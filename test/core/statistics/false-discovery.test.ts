import {
  benjaminiHochberg,
  expectedByChance,
  judgeManyChanges,
} from '../../../core/statistics/false-discovery';

describe('benjaminiHochberg', () => {
  it('when the 15 p-values of Benjamini and Hochberg’s own example are judged at 5 %, then the 4 smallest are discoveries', () => {
    // Benjamini & Hochberg (1995), section 4.2: i·q/m = i/300. p(4) = 0.0095 ≤ 4/300 = 0.0133;
    // p(5) = 0.0201 > 0.0167, and no later p(i) is below i/300 (0.0459 > 9/300 = 0.03), so i = 4.
    // Bonferroni (0.05/15 = 0.0033) would keep only 3.
    const p = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528,
      0.759, 1,
    ];
    expect(benjaminiHochberg(p)).toEqual(p.map((_, i) => i < 4));
  });

  it('when a larger p clears its own bar, then every smaller p holds with it (step-up)', () => {
    // Sorted: 0.01 ≤ 1·0.05/4 = 0.0125 ✓; 0.03 > 0.025 ✗; 0.04 > 0.0375 ✗; 0.04 ≤ 0.05 ✓ → i = 4.
    expect(benjaminiHochberg([0.04, 0.01, 0.03, 0.04])).toEqual([true, true, true, true]);
    // Raise the last to 0.051: 0.051 > 0.05, 0.04 > 0.0375, 0.03 > 0.025 → i = 1, only 0.01.
    expect(benjaminiHochberg([0.04, 0.01, 0.03, 0.051])).toEqual([false, true, false, false]);
  });

  it('when there are no p-values, then there are no discoveries', () => {
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe('judgeManyChanges', () => {
  it('when 12 changes are judged, then it counts those marked at 95 %, the 0.6 expected by chance and those that hold', () => {
    // Marked (p < 0.05): 0.001, 0.004, 0.012, 0.03, 0.045 → 5. BH, i·0.05/12 = i/240:
    // 0.001 ≤ 0.00417 ✓, 0.004 ≤ 0.00833 ✓, 0.012 ≤ 0.0125 ✓, 0.03 > 0.0167, 0.045 > 0.0208, and
    // the rest are above 0.05 → 3 hold.
    const p = [0.2, 0.012, 0.9, 0.001, 0.045, 0.5, 0.03, 0.004, 0.07, 0.6, 0.33, 0.8];
    const { summary, holds } = judgeManyChanges(p);
    expect(summary).toEqual({ judged: 12, marked: 5, expectedByChance: 0.6, holdAtFdr: 3 });
    expect(holds).toEqual(p.map((x) => x <= 0.012));
  });

  it('when two censuses differ, then their p = 0 holds; when a p is exactly 0.05, then it is neither marked nor held', () => {
    // BH alone would keep 0.05 at rank 2 (≤ 2·0.05/2); it is not below 0.05, so the verdict did not mark it.
    const { summary, holds } = judgeManyChanges([0, 0.05]);
    expect(summary).toEqual({ judged: 2, marked: 1, expectedByChance: 0.1, holdAtFdr: 1 });
    expect(holds).toEqual([true, false]);
  });

  it('when nothing is judged, then all counts are 0', () => {
    expect(judgeManyChanges([]).summary).toEqual({ judged: 0, marked: 0, expectedByChance: 0, holdAtFdr: 0 });
    expect(expectedByChance(191)).toBeCloseTo(9.55, 12);
  });
});
