import { tInterval } from '../../../core/statistics/t-interval';

describe('tInterval', () => {
  it.each([
    // [3, 4, 5]: x̄ = 4, s = 1, t(0.975, 2) = 4.30265 → half-width 4.30265 / √3 = 2.48414.
    [[3, 4, 5], 4, 1.51586, 6.48414],
    // [4, 4, 5, 5]: x̄ = 4.5, s = √(1/3) = 0.57735, t(0.975, 3) = 3.1824 → 3.1824 · 0.57735 / 2 = 0.91868.
    [[4, 4, 5, 5], 4.5, 3.5813, 5.4187],
    // Ten 4s: no spread, the interval is the point.
    [Array(10).fill(4), 4, 4, 4],
  ])('when the values are %j, then the mean is %f with interval [%f, %f]', (values, mean, low, high) => {
    const estimate = tInterval(values);
    expect(estimate.n).toBe(values.length);
    expect(estimate.mean).toBeCloseTo(mean, 10);
    expect(estimate.low).toBeCloseTo(low, 4);
    expect(estimate.high).toBeCloseTo(high, 4);
  });

  it('when there is one value, then the interval is unknown, not zero-width', () => {
    expect(tInterval([3])).toEqual({ n: 1, mean: 3, low: null, high: null });
  });

  it('when there are no values, then it refuses', () => {
    expect(() => tInterval([])).toThrow(RangeError);
  });
});
