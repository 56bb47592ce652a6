import fc from 'fast-check';
import { differingShareBound } from '../../../core/statistics/all-alike-interval';
import { isCensus, meanCorrection, shareCorrection } from '../../../core/statistics/finite-population';
import { wilsonInterval } from '../../../core/statistics/wilson-interval';

describe('shareCorrection: √((N − n)/(N − 1)) (Cochran §3.2)', () => {
  it.each([
    // √((24 − 20)/(24 − 1)) = √(4/23) = √0.1739130 = 0.4170288
    { n: 20, population: 24, expected: 0.4170288 },
    // √((10 − 4)/(10 − 1)) = √(6/9) = 0.8164966
    { n: 4, population: 10, expected: 0.8164966 },
    // √((50 − 1)/(50 − 1)) = 1: one answer out of many is barely corrected
    { n: 1, population: 50, expected: 1 },
  ])('when $n of $population answered, then the correction is $expected', ({ n, population, expected }) => {
    expect(shareCorrection(n, population)).toBeCloseTo(expected, 6);
  });
});

describe('meanCorrection: √(1 − n/N) with s² estimating S² (Cochran, Theorem 2.2)', () => {
  it.each([
    // √(1 − 20/24) = √(1/6) = 0.4082483
    { n: 20, population: 24, expected: 0.4082483 },
    // √(1 − 4/6) = √(1/3) = 0.5773503
    { n: 4, population: 6, expected: 0.5773503 },
    // √(1 − 1/50) = √0.98 = 0.9899495
    { n: 1, population: 50, expected: 0.9899495 },
  ])('when $n of $population answered, then the correction is $expected', ({ n, population, expected }) => {
    expect(meanCorrection(n, population)).toBeCloseTo(expected, 6);
  });
});

describe('a census and more answers than people', () => {
  it('when every member of the population answered once, then both corrections are 0', () => {
    expect(shareCorrection(24, 24)).toBe(0);
    expect(meanCorrection(24, 24)).toBe(0);
    expect(isCensus(24, 24)).toBe(true);
  });

  it('when 25 answered in a class of 24, then nothing is corrected (the count or the answers are wrong)', () => {
    expect(shareCorrection(25, 24)).toBe(1);
    expect(meanCorrection(25, 24)).toBe(1);
    expect(isCensus(25, 24)).toBe(false);
  });

  it.each([null, 0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'when the population is %p, then there is no correction (1)',
    (population) => {
      expect(shareCorrection(20, population)).toBe(1);
      expect(meanCorrection(20, population)).toBe(1);
    },
  );
});

describe('differingShareBound: how many could differ from n alike answers', () => {
  it('when 5 of an unknown population agree, then up to 1 − 0.025^(1/5) = 52.2 % could differ', () => {
    expect(differingShareBound(5, null)).toBeCloseTo(0.5218238, 6);
  });

  it('when 98 of 100 agree, then at least one could still differ', () => {
    // P(98 draws miss 1 unlike) = 2/100 = 0.02 ≤ 0.025 already: D = 1, q = 0.01
    expect(differingShareBound(98, 100)).toBeCloseTo(0.01, 12);
  });

  it('when everyone answered, then nobody else could differ', () => {
    expect(differingShareBound(24, 24)).toBe(0);
  });
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
    const interval = wilsonInterval(15, 20, 1.96, shareCorrection(20, 24));
    expect(interval.low).toBeCloseTo(0.6636479, 6);
    expect(interval.high).toBeCloseTo(0.8201894, 6);
  });

  it('when k is 0 or n under a correction, then that side stays exactly 0 or 1', () => {
    const f = shareCorrection(20, 24);
    expect(wilsonInterval(0, 20, 1.96, f).low).toBe(0);
    expect(wilsonInterval(20, 20, 1.96, f).high).toBe(1);
  });

  it('whatever the answers and the population, a corrected factor is 0 only for a census', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.option(fc.integer({ min: 1, max: 400 })), (n, N) => {
        const census = N !== null && n === N;
        expect(shareCorrection(n, N) === 0).toBe(census);
        expect(meanCorrection(n, N) === 0).toBe(census);
        expect(differingShareBound(n, N) === 0).toBe(census);
      }),
    );
  });
});
