import { normalUpperQuantile, twoSidedNormalQuantile } from '../../../core/statistics/normal-quantile';
import { normalUpperTail } from '../../../core/statistics/normal-tail';

describe('normalUpperQuantile', () => {
  it.each([
    // scipy.stats.norm.isf(tail), printed to 16 digits.
    [0.5, 0],
    [0.4, 0.2533471031357997],
    [0.1, 1.2815515655446004],
    [0.05, 1.6448536269514729],
    [0.025, 1.9599639845400545],
    [0.005, 2.575829303548901],
    [1e-5, 4.264890793922825],
    [1e-20, 9.262340089798409],
    [1e-200, 30.20559417957964],
    [0.975, -1.959963984540054],
  ])('when the upper tail is %p, then z is %p', (tail, z) => {
    expect(normalUpperQuantile(tail)).toBeCloseTo(z, 13);
  });

  it('when a two-sided 95 % interval is asked for, then z is Φ⁻¹(0.975) = 1.959964', () => {
    expect(twoSidedNormalQuantile(0.05)).toBeCloseTo(1.959963984540054, 13);
  });

  it.each([0, 1, -0.1, Number.NaN])('when the tail is %p, then it is refused', (tail) => {
    expect(() => normalUpperQuantile(tail)).toThrow(RangeError);
  });
});

describe('normalUpperTail', () => {
  it.each([
    // scipy.stats.norm.sf(z); across the switch from Marsaglia's series to the continued fraction at 2.5.
    [0, 0.5],
    [1, 0.15865525393145707],
    [1.959963984540054, 0.025],
    [2.5, 0.006209665325776132],
    [2.6, 0.004661188023718749],
    [4, 3.167124183311986e-5],
    [10, 7.61985302416047e-24],
    [37, 5.7255712225239266e-300],
    [-1, 0.8413447460685429],
  ])('when z is %p, then Q(z) is %p to a relative 1e-12', (z, tail) => {
    expect(normalUpperTail(z) / tail).toBeCloseTo(1, 12);
  });

  it('when a tail is turned into z and back, then it is the same tail', () => {
    for (const tail of [0.4, 0.025, 1e-3, 1e-8, 1e-40, 1e-250])
      expect(normalUpperTail(normalUpperQuantile(tail)) / tail).toBeCloseTo(1, 12);
  });
});
