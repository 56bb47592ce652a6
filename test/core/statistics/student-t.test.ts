import { studentTCdf, studentTQuantile } from '../../../core/statistics/student-t';

/** Independent check: integrate the t density numerically (Simpson, 20,000 panels). */
function densityIntegral(t: number, df: number): number {
  const lnC = lnGammaStirling((df + 1) / 2) - lnGammaStirling(df / 2) - 0.5 * Math.log(df * Math.PI);
  const f = (x: number) => Math.exp(lnC - ((df + 1) / 2) * Math.log(1 + (x * x) / df));
  const panels = 20_000;
  const h = t / panels;
  let sum = f(0) + f(t);
  for (let i = 1; i < panels; i++) sum += (i % 2 ? 4 : 2) * f(i * h);
  return 0.5 + (sum * h) / 3;
}

/** Stirling series for ln Γ (a different method from the code under test), shifted for accuracy. */
function lnGammaStirling(x: number): number {
  let shift = 0;
  while (x < 10) {
    shift -= Math.log(x);
    x += 1;
  }
  return (
    shift +
    (x - 0.5) * Math.log(x) -
    x +
    0.5 * Math.log(2 * Math.PI) +
    1 / (12 * x) -
    1 / (360 * x ** 3) +
    1 / (1260 * x ** 5)
  );
}

describe('studentTQuantile', () => {
  it.each([
    // Two-sided 95 % critical values from any t table.
    [1, 12.7062],
    [2, 4.3027],
    [3, 3.1824],
    [5, 2.5706],
    [10, 2.2281],
    [29, 2.0452],
    [100, 1.984],
  ])('when df = %i, then t(0.975) = %f', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 4);
  });

  it('when df is very large, then it approaches the normal 1.95996', () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.95996, 4);
  });

  it.each([2, 4, 7, 15, 40])('when df = %i, then the CDF agrees with integrating the density', (df) => {
    for (const t of [0.3, 1, 2.2, 3.5]) expect(studentTCdf(t, df)).toBeCloseTo(densityIntegral(t, df), 7);
  });

  it('when t is negative, then the CDF is symmetric', () => {
    expect(studentTCdf(-1.5, 6) + studentTCdf(1.5, 6)).toBeCloseTo(1, 12);
  });

  it.each([
    [0.4, 5],
    [1, 5],
    [0.975, 0],
  ])('when p = %f and df = %f, then it refuses', (p, df) => {
    expect(() => studentTQuantile(p, df)).toThrow(RangeError);
  });
});
