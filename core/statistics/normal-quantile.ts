/**
 * Standard normal quantile: z such that P(Z > z) = upperTail, by Wichura's algorithm AS 241
 * (PPND16, Applied Statistics 37:477, 1988), accurate to about 1e-16. It takes the tail itself, not
 * 1 − tail, so that a two-sided α of 1e-200 still has its z (≈ 30.2): 1 − 1e-200 is 1 in floating
 * point. upperTail 0.025 gives 1.959964 (the two-sided 95 % value); 0.5 gives 0.
 */
export function normalUpperQuantile(upperTail: number): number {
  if (!(upperTail > 0 && upperTail < 1)) throw new RangeError(`tail must be in (0, 1), got ${upperTail}`);
  const q = 0.5 - upperTail;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return q * ratio(CENTRAL_A, CENTRAL_B, r);
  }
  const r = Math.sqrt(-Math.log(Math.min(upperTail, 1 - upperTail)));
  const z = r <= 5 ? ratio(NEAR_A, NEAR_B, r - 1.6) : ratio(FAR_A, FAR_B, r - 5);
  return q < 0 ? -z : z;
}

/** z for a two-sided (1 − α) interval: Φ⁻¹(1 − α/2). */
export const twoSidedNormalQuantile = (alpha: number): number => normalUpperQuantile(alpha / 2);

/** (a₇x⁷ + … + a₀) / (b₇x⁷ + … + b₁x + 1), coefficients lowest first. */
function ratio(a: readonly number[], b: readonly number[], x: number): number {
  let top = 0;
  let bottom = 0;
  for (let i = a.length - 1; i >= 0; i--) {
    top = top * x + a[i]!;
    bottom = bottom * x + b[i]!;
  }
  return top / bottom;
}

const CENTRAL_A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const CENTRAL_B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852545925,
];
const NEAR_A = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const NEAR_B = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const FAR_A = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const FAR_B = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];
