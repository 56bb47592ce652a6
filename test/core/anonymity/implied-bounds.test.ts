import type { SystemRow } from '../../../core/anonymity/bounds/attacker-system';
import { ImpliedBounds } from '../../../core/anonymity/bounds/implied-bounds';
import type { LinearExpression } from '../../../core/anonymity/bounds/linear-expression';

const expression = (terms: [number, number][], constant = 0): LinearExpression => ({
  terms: new Map(terms),
  constant,
});
const row = (terms: [number, number][], lower: number, upper: number, constant = 0): SystemRow => ({
  expression: expression(terms, constant),
  lower,
  upper,
});
const counts = (n: number) => Array.from({ length: n }, () => ({ lower: 0, upper: Infinity, integer: true }));

describe('ImpliedBounds', () => {
  it('caps a class count by its arrivals: yes + no = 7 and no ≥ 5 leave yes at most 2', () => {
    // yes (0) + no (1) = 7 (respondents known live); no − 5 ≥ 0 (no grows from the first release's 5).
    const bounds = new ImpliedBounds(counts(2), [
      row(
        [
          [0, 1],
          [1, 1],
        ],
        7,
        7,
      ),
      row([[1, 1]], 0, Infinity, -5),
    ]);
    expect(bounds.upper[0]).toBe(2);
    expect(bounds.lower[1]).toBe(5);
    expect(bounds.upperBound(expression([[0, 1]], -2))).toBe(0); // yes − 2 (the first release's yes)
    expect(bounds.upperBound(expression([[0, -1]]))).toBe(0); // −yes: at most 0 (yes ≥ 0)
  });

  it('propagates along a chain of sums: a school of 10 shown, two hidden classes, one of them at least 4', () => {
    // a + b = 10; a − c = 0 (c is a's other name); c ≥ 4 → b ≤ 6 and a ≤ 10.
    const bounds = new ImpliedBounds(counts(3), [
      row(
        [
          [0, 1],
          [1, 1],
        ],
        10,
        10,
      ),
      row(
        [
          [0, 1],
          [2, -1],
        ],
        0,
        0,
      ),
      row([[2, 1]], 4, Infinity),
    ]);
    expect(bounds.lower[0]).toBe(4);
    expect(bounds.upper[1]).toBe(6);
    expect(bounds.upper[0]).toBe(10);
  });

  it('rounds whole numbers inwards and leaves continuous ones as they are', () => {
    const variables = [
      { lower: 0, upper: Infinity, integer: true },
      { lower: -Infinity, upper: Infinity, integer: false },
    ];
    // 2x ≤ 5 → x ≤ 2 (whole); the sum s of 3 answers on a 1–5 scale: 3 ≤ s ≤ 15 from s − 1·3 ≥ 0, 5·3 − s ≥ 0.
    const bounds = new ImpliedBounds(variables, [
      row([[0, 2]], -Infinity, 5),
      row([[1, 1]], 0, Infinity, -3),
      row([[1, -1]], 0, Infinity, 15),
    ]);
    expect(bounds.upper[0]).toBe(2);
    expect(bounds.lower[1]).toBe(3);
    expect(bounds.upper[1]).toBe(15);
  });

  it('leaves out the rows it is told to: a row let go binds nothing', () => {
    const rows = [
      row(
        [
          [0, 1],
          [1, 1],
        ],
        7,
        7,
      ),
      { ...row([[1, 1]], 6, 6), fix: 'a class' },
    ];
    expect(new ImpliedBounds(counts(2), rows).upper[0]).toBe(1);
    expect(new ImpliedBounds(counts(2), rows, (r) => r.fix !== undefined).upper[0]).toBe(7);
  });

  it('is unbounded where nothing bounds the expression', () => {
    const bounds = new ImpliedBounds(counts(2), [
      row(
        [
          [0, 1],
          [1, -1],
        ],
        0,
        0,
      ),
    ]);
    expect(bounds.upperBound(expression([[0, 1]]))).toBe(Infinity);
    expect(bounds.upperBound(expression([[0, -1]]))).toBe(0);
  });

  // Soundness, checked by enumeration: on small random systems of whole numbers with a known
  // feasible point, no feasible point exceeds any objective's bound, and tight cases are found.
  it('never cuts off a feasible point of random small systems (enumerated)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (n: number) => Math.floor(random() * n);
    let tight = 0;
    for (let trial = 0; trial < 300; trial++) {
      const size = 3 + pick(2);
      const truth = Array.from({ length: size }, () => pick(4));
      const rows: SystemRow[] = [];
      for (let r = 0; r < 2 + pick(3); r++) {
        const terms: [number, number][] = [];
        for (let v = 0; v < size; v++) if (random() < 0.6) terms.push([v, [1, -1, 2][pick(3)]!]);
        if (terms.length === 0) continue;
        const at = terms.reduce((s, [v, c]) => s + c * truth[v]!, 0);
        const kind = pick(3);
        rows.push(row(terms, kind === 1 ? -Infinity : at - pick(2), kind === 2 ? Infinity : at + pick(2)));
      }
      const variables = truth.map(() => ({ lower: 0, upper: 3, integer: true }));
      const bounds = new ImpliedBounds(variables, rows);
      const objective = expression(truth.map((_, v) => [v, [1, -1, 0, 2][pick(4)]!] as [number, number]));
      let best = -Infinity;
      const point = truth.map(() => 0);
      const visit = (v: number): void => {
        if (v === size) {
          const feasible = rows.every((r) => {
            let value = r.expression.constant;
            for (const [i, c] of r.expression.terms) value += c * point[i]!;
            return value >= r.lower && value <= r.upper;
          });
          if (feasible) {
            for (let i = 0; i < size; i++) {
              expect(point[i]).toBeGreaterThanOrEqual(bounds.lower[i]!);
              expect(point[i]).toBeLessThanOrEqual(bounds.upper[i]!);
            }
            let value = 0;
            for (const [i, c] of objective.terms) value += c * point[i]!;
            best = Math.max(best, value);
          }
          return;
        }
        for (let x = 0; x <= 3; x++) {
          point[v] = x;
          visit(v + 1);
        }
      };
      visit(0);
      const bound = bounds.upperBound(objective);
      expect(bound).toBeGreaterThanOrEqual(best);
      if (bound === best) tight++;
    }
    expect(tight).toBeGreaterThan(30);
  });
});
