import { ASSESSMENT_DIMENSIONS, CANNOT_ASSESS } from '../../../core/initiatives/assessment';
import { sectorProfile, type AssessedInitiative } from '../../../core/initiatives/sector-profile';

/** Ratings in the order sts, lts, ei, es, ci, cs, sl; 0 stands for "cannot assess". */
const rated = (sector: AssessedInitiative['sector'], r: number[]): AssessedInitiative => ({
  sector,
  answers: Object.fromEntries(ASSESSMENT_DIMENSIONS.map((d, i) => [d, r[i] === 0 ? CANNOT_ASSESS : r[i]])),
});

const FIXTURE = [
  rated('school', [2, 3, 4, 4, 2, 3, 0]),
  rated('school', [2, 4, 3, 3, 0, 4, 2]),
  rated('school', [3, 4, 4, 4, 0, 4, 3]),
  rated('school', [3, 0, 3, 4, 0, 3, 0]),
  rated('daycare', [0, 0, 0, 0, 0, 0, 0]),
];

describe('sectorProfile', () => {
  const [daycare, school, elderly, crossCutting] = sectorProfile(FIXTURE);
  const at = (dimension: string) => school!.dimensions.find((d) => d.dimension === dimension)!;

  it.each([
    // [2,2,3,3]: x̄ = 2.5, s = √(4·0.25/3) = 0.57735, t(0.975,3) = 3.18245 → ± 3.18245·0.57735/2 = 0.91870.
    ['short_term_savings', 4, 2.5, 1.5813, 3.4187],
    // [3,4,4] ("cannot assess" left out): x̄ = 3.66667, s = 0.57735, t(0.975,2) = 4.30265 → ± 1.43422;
    // 5.10089 is cut at the scale's top, 4.
    ['long_term_savings', 3, 11 / 3, 2.23245, 4],
    // [4,3,4,3]: x̄ = 3.5, s = 0.57735 → ± 0.91870 → [2.5813, 4.4187], top cut to 4.
    ['employee_involvement', 4, 3.5, 2.5813, 4],
    // [4,3,4,4]: x̄ = 3.75, s = √((3·0.0625 + 0.5625)/3) = 0.5 → ± 3.18245·0.5/2 = 0.79561 → [2.95439, 4].
    ['employee_satisfaction', 4, 3.75, 2.95439, 4],
    // [3,4,4,3]: as employee involvement.
    ['citizen_satisfaction', 4, 3.5, 2.5813, 4],
    // [2,3]: x̄ = 2.5, s = 0.70711, t(0.975,1) = 12.7062 → ± 6.3531 → [−3.85, 8.85], cut to [1, 4].
    ['sick_leave', 2, 2.5, 1, 4],
  ])(
    'when school initiatives rate %s, then n = %i, mean %f, interval [%f, %f]',
    (dim, n, mean, low, high) => {
      const estimate = at(dim);
      expect(estimate.n).toBe(n);
      expect(estimate.mean).toBeCloseTo(mean, 10);
      expect(estimate.low).toBeCloseTo(low, 4);
      expect(estimate.high).toBeCloseTo(high, 4);
    },
  );

  it('when only one initiative could rate a dimension, then its mean has no interval', () => {
    // Citizen involvement: [2] and three "cannot assess".
    expect(at('citizen_involvement')).toEqual({
      dimension: 'citizen_involvement',
      n: 1,
      mean: 2,
      low: null,
      high: null,
    });
  });

  it('when a sector has assessments that could rate nothing, or none at all, then every n is 0 and no mean is shown', () => {
    expect(school!.assessed).toBe(4);
    expect(daycare!.assessed).toBe(1);
    for (const sector of [daycare!, elderly!, crossCutting!])
      for (const d of sector.dimensions) expect([d.n, d.mean, d.low, d.high]).toEqual([0, null, null, null]);
    expect([elderly!.sector, elderly!.assessed, crossCutting!.sector]).toEqual([
      'elderly-care',
      0,
      'cross-cutting',
    ]);
  });

  it.each([
    ['a value off the scale', 5],
    ['zero', 0],
    ['a fraction', 2.5],
    ['a string', '3'],
    ['no answer', undefined],
  ])('when an answer is %s, then it is not counted', (_label, value) => {
    const [, profile] = sectorProfile([
      rated('school', [3, 3, 3, 3, 3, 3, 3]),
      { sector: 'school', answers: { short_term_savings: value } },
    ]);
    expect(profile!.dimensions[0]).toMatchObject({ n: 1, mean: 3 });
    expect(profile!.assessed).toBe(2);
  });
});
