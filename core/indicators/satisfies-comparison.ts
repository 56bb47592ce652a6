import type { ConditionOp } from './indicator-definition';

/** `left op right`, e.g. satisfiesComparison(3.6, '>=', 3.5) for "wellbeing score >= 3.5". */
export function satisfiesComparison(left: number, op: ConditionOp, right: number): boolean {
  switch (op) {
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '=':
      return left === right;
  }
}
