import { probit } from 'simple-statistics';
import { wilsonInterval } from '../../../core/statistics/wilson-interval';

/**
 * Independent check: the Wilson bounds are the two roots p of |p̂ - p| = z·√(p(1-p)/n), i.e. of
 * (n + z²)p² - (2k + z²)p + k²/n = 0, solved here with the textbook quadratic formula.
 */
function wilsonByQuadratic(k: number, n: number, z: number): { low: number; high: number } {
  const a = n + z * z;
  const b = -(2 * k + z * z);
  const c = (k * k) / n;
  const root = Math.sqrt(b * b - 4 * a * c);
  return { low: (-b - root) / (2 * a), high: (-b + root) / (2 * a) };
}

describe('wilsonInterval', () => {
  // z = 1.96, z² = 3.8416 throughout.
  it.each([
    // p = 0.9, z²/n = 0.38416, d = 1.38416; centre = (0.9 + 0.19208)/d = 0.788984;
    // half = 1.96/d · √(0.009 + 0.009604) = 1.416021 · 0.136396 = 0.193140 → 0.5958 .. 0.9821
    { k: 9, n: 10, low: 0.5958, high: 0.9821 },
    // p = 0, z²/n = 0.76832, d = 1.76832; centre = 0.38416/d = 0.217246;
    // half = 1.96/d · √(0 + 0.038416) = 1.108397 · 0.196 = 0.217246 → 0 .. 0.4345
    { k: 0, n: 5, low: 0, high: 0.4345 },
    // p = 1, mirror image of k = 0: centre = 1.38416/1.76832 = 0.782754, half 0.217246 → 0.5655 .. 1
    { k: 5, n: 5, low: 0.5655, high: 1 },
    // p = 0.9, z²/n = 0.076832, d = 1.076832; centre = (0.9 + 0.038416)/d = 0.871460;
    // half = 1.96/d · √(0.0018 + 0.00038416) = 1.820154 · 0.046735 = 0.085065 → 0.7864 .. 0.9565
    { k: 45, n: 50, low: 0.7864, high: 0.9565 },
    // p = 0.375, z²/n = 0.4802, d = 1.4802; centre = (0.375 + 0.2401)/d = 0.415552;
    // half = 1.96/d · √(0.029296875 + 0.01500625) = 1.324145 · 0.210483 = 0.278710 → 0.1368 .. 0.6943
    { k: 3, n: 8, low: 0.1368, high: 0.6943 },
  ])('when k=$k of n=$n, then the 95 % interval is $low .. $high', ({ k, n, low, high }) => {
    const interval = wilsonInterval(k, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('when k is 0 or n, then the bound on that side is exactly 0 or 1', () => {
    // The formula gives centre - half = 0 in exact arithmetic; a float result of -1e-17 must not leak.
    expect(wilsonInterval(0, 5).low).toBe(0);
    expect(wilsonInterval(0, 1).low).toBe(0);
    expect(wilsonInterval(5, 5).high).toBe(1);
  });

  it('when z comes from the probit of 0.975, then the bounds match the quadratic roots for every k', () => {
    const z = probit(0.975); // simple-statistics' own approximation of the 97.5 % quantile
    for (const n of [1, 2, 7, 30, 200]) {
      for (let k = 0; k <= n; k += 1) {
        const expected = wilsonByQuadratic(k, n, z);
        const actual = wilsonInterval(k, n, z);
        expect(actual.low).toBeCloseTo(expected.low, 10);
        expect(actual.high).toBeCloseTo(expected.high, 10);
      }
    }
  });

  it('when z is larger, then the interval is wider', () => {
    // 99 % (z = 2.576) must contain the 95 % interval for the same 9/10.
    const narrow = wilsonInterval(9, 10);
    const wide = wilsonInterval(9, 10, 2.576);
    expect(wide.low).toBeLessThan(narrow.low);
    expect(wide.high).toBeGreaterThan(narrow.high);
  });

  it.each([
    { k: 0, n: 0 },
    { k: 1, n: -3 },
    { k: -1, n: 5 },
    { k: 6, n: 5 },
    { k: Number.NaN, n: 5 },
  ])('when k=$k and n=$n, then it throws a RangeError', ({ k, n }) => {
    expect(() => wilsonInterval(k, n)).toThrow(RangeError);
  });
});
