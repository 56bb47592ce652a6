/**
 * The attacker of the anonymity tests, written apart from the product's own audit: exact rational
 * Gauss–Jordan elimination (BigInt fractions) over the sums a reader knows, with every shown number
 * as a constant. Returns every unknown the published numbers pin down, with its value.
 */
export interface KnownSum {
  total: string;
  parts: string[];
}

type Fraction = [bigint, bigint]; // numerator, positive denominator

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function norm([n, d]: Fraction): Fraction {
  if (n === 0n) return [0n, 1n];
  const g = gcd(n, d);
  const sign = d < 0n ? -1n : 1n;
  return [(sign * n) / g, (sign * d) / g];
}
const sub = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]);
const mul = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[0], a[1] * b[1]]);
const div = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[1], a[1] * b[0]]);
const isZero = (a: Fraction) => a[0] === 0n;

export function solveForUnknowns(sums: KnownSum[], known: ReadonlyMap<string, number>): Map<string, number> {
  const index = new Map<string, number>();
  const rows: { coefficients: Map<number, Fraction>; constant: Fraction }[] = [];
  for (const sum of sums) {
    const coefficients = new Map<number, Fraction>();
    let constant: Fraction = [0n, 1n];
    const term = (id: string, sign: bigint) => {
      const value = known.get(id);
      if (value !== undefined) {
        constant = sub(constant, [sign * BigInt(value), 1n]); // move to the right-hand side
        return;
      }
      if (!index.has(id)) index.set(id, index.size);
      const column = index.get(id)!;
      const next = sub(coefficients.get(column) ?? [0n, 1n], [-sign, 1n]);
      if (isZero(next)) coefficients.delete(column);
      else coefficients.set(column, next);
    };
    term(sum.total, 1n);
    for (const part of sum.parts) term(part, -1n);
    if (coefficients.size > 0) rows.push({ coefficients, constant });
  }
  const pivots: { column: number; row: (typeof rows)[number] }[] = [];
  for (const row of rows) {
    for (const pivot of pivots) {
      const factor = row.coefficients.get(pivot.column);
      if (factor) eliminate(row, pivot.row, factor);
    }
    const first = [...row.coefficients.entries()][0];
    if (!first) continue;
    const [column, value] = first;
    for (const [key, c] of row.coefficients) row.coefficients.set(key, div(c, value));
    row.constant = div(row.constant, value);
    for (const pivot of pivots) {
      const factor = pivot.row.coefficients.get(column);
      if (factor) eliminate(pivot.row, row, factor);
    }
    pivots.push({ column, row });
  }
  const names = [...index.keys()];
  const solved = new Map<string, number>();
  for (const { column, row } of pivots) {
    if (row.coefficients.size !== 1) continue;
    const [n, d] = row.constant;
    solved.set(names[column]!, Number(n) / Number(d));
  }
  return solved;
}

function eliminate(
  target: { coefficients: Map<number, Fraction>; constant: Fraction },
  source: { coefficients: Map<number, Fraction>; constant: Fraction },
  factor: Fraction,
): void {
  for (const [key, c] of source.coefficients) {
    const next = sub(target.coefficients.get(key) ?? [0n, 1n], mul(factor, c));
    if (isZero(next)) target.coefficients.delete(key);
    else target.coefficients.set(key, next);
  }
  target.constant = sub(target.constant, mul(factor, source.constant));
}
