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
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const CENTRAL_B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852546,
];
const NEAR_A = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const NEAR_B = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const FAR_A = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7,
];
const FAR_B = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15,
];
