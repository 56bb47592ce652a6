import { finitePopulationCorrection } from '../../../core/statistics/finite-population';
import { wilsonInterval } from '../../../core/statistics/wilson-interval';

describe('finitePopulationCorrection', () => {
  it.each([
    // √((24 − 20)/(24 − 1)) = √(4/23) = √0.1739130 = 0.4170288
    { n: 20, population: 24, expected: 0.4170288 },
    // √((10 − 4)/(10 − 1)) = √(6/9) = 0.8164966
    { n: 4, population: 10, expected: 0.8164966 },
    // √((50 − 1)/(50 − 1)) = 1: one answer out of many is barely corrected
    { n: 1, population: 50, expected: 1 },
  ])('when $n of $population answered, then the correction is $expected', ({ n, population, expected }) => {
    expect(finitePopulationCorrection(n, population)).toBeCloseTo(expected, 6);
  });

  it.each([
    { n: 24, population: 24 },
    { n: 25, population: 24 },
  ])('when n=$n is at least the population $population, then the correction is 0', ({ n, population }) => {
    expect(finitePopulationCorrection(n, population)).toBe(0);
  });

  it.each([null, 0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'when the population is %p, then there is no correction (1)',
    (population) => {
      expect(finitePopulationCorrection(20, population)).toBe(1);
    },
  );
});

describe('wilsonInterval with a finite population correction', () => {
  it('when the correction is 0 (everyone answered), then the interval is the share itself', () => {
    expect(wilsonInterval(15, 20, 1.96, 0)).toEqual({ low: 0.75, high: 0.75 });
    expect(wilsonInterval(0, 20, 1.96, 0)).toEqual({ low: 0, high: 0 });
  });

  it('when the correction is 1, then the interval is the uncorrected one', () => {
    expect(wilsonInterval(15, 20, 1.96, 1)).toEqual(wilsonInterval(15, 20));
  });

  it('when k=15 of n=20 in a class of 24, then the interval is Wilson at the effective n = n/f² = 115', () => {
    // f² = 4/23, effective n = 20 · 23/4 = 115; p = 0.75, z² = 3.8416
    // z²/n' = 0.0334052, d = 1.0334052; centre = (0.75 + 0.0167026)/d = 0.7419187
    // half = (1.96/d) · √(0.1875/115 + 3.8416/(4·115²)) = 1.896642 · √(0.00163043 + 0.00007262)
    //      = 1.896642 · 0.0412681 = 0.0782708 → 0.6636479 .. 0.8201894
    const f = finitePopulationCorrection(20, 24);
    const interval = wilsonInterval(15, 20, 1.96, f);
    expect(interval.low).toBeCloseTo(0.6636479, 6);
    expect(interval.high).toBeCloseTo(0.8201894, 6);
  });

  it('when corrected, then the interval lies inside the uncorrected one', () => {
    const corrected = wilsonInterval(15, 20, 1.96, finitePopulationCorrection(20, 24));
    const plain = wilsonInterval(15, 20);
    expect(corrected.low).toBeGreaterThan(plain.low);
    expect(corrected.high).toBeLessThan(plain.high);
  });

  it('when k is 0 or n under a correction, then that side stays exactly 0 or 1', () => {
    const f = finitePopulationCorrection(20, 24);
    expect(wilsonInterval(0, 20, 1.96, f).low).toBe(0);
    expect(wilsonInterval(20, 20, 1.96, f).high).toBe(1);
  });
});
