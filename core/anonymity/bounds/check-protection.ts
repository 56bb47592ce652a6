import type { CountPartition, FamilyStatistic, ScoreSum } from '../family-statistics';
import type { AttackerSystem } from './attacker-system';
import type { BoundEvaluator } from './bound-evaluator';
import { addExpressions, sumExpressions, type LinearExpression } from './linear-expression';
import type { Allowance } from './inherent-allowance';
import type { ProtectedObject } from './protected-object';

const EPSILON = 1e-6;
const ROOM = 1e-3;

/** What a reader can pin of a protected group in one statistic. */
export interface ProtectionFinding {
  object: ProtectedObject;
  stat: string;
  /** 'all-alike': every solution has the whole group give one answer (or sit at a scale's end); 'narrow': a count's or sum's interval is narrower than one respondent. */
  kind: 'all-alike' | 'narrow';
  /** The variables of what was pinned: the cells around them are the ones that can help. */
  reach: Set<number>;
  /** For all-alike: the part the group is pinned to (helpers are cells with other answers). */
  part?: number;
}

/**
 * Checks one protected group in one statistic against the protection standard (ADR 0011): no
 * answer's count of it is pinned closer than one respondent, it is never pinned to a single answer
 * (none / all of them), and a mean's sum keeps at least one respondent's range and never has
 * everyone at an end of the scale. The true table is a solution, so only the directions the truth
 * does not already show wide are solved for.
 */
export function checkStatistic(
  system: AttackerSystem,
  bounds: BoundEvaluator,
  object: ProtectedObject,
  stat: FamilyStatistic,
  allow: AllowanceOf,
): ProtectionFinding | null {
  return stat.kind === 'partition'
    ? checkPartition(system, bounds, object, stat, allow)
    : checkSum(system, bounds, object, stat, allow);
}

/** What larger published groups already say of the protected one (inherent-allowance.ts). */
export type AllowanceOf = (own: { n: number; parts: number[]; sum: number }) => Allowance;

/** The object's truth: n, each part, and the sum. */
export function objectTruth(
  system: AttackerSystem,
  object: ProtectedObject,
  stat: FamilyStatistic,
): { n: number; parts: number[]; sum: number } | undefined {
  const now = system.truthOf(object.layer, object.group, stat);
  if (!now || object.since === undefined) return now;
  const before = system.truthOf(object.since, object.group, stat);
  if (!before) return undefined;
  return {
    n: now.n - before.n,
    parts: now.parts.map((x, i) => x - (before.parts[i] ?? 0)),
    sum: now.sum - before.sum,
  };
}

/** The object's value of a per-release expression: at its release, or grown since `since`. */
function over(
  object: ProtectedObject,
  read: (layer: number) => LinearExpression | undefined,
): LinearExpression | undefined {
  const now = read(object.layer);
  if (!now || object.since === undefined) return now;
  const before = read(object.since);
  return before ? addExpressions(now, before, -1) : undefined;
}

function checkPartition(
  system: AttackerSystem,
  bounds: BoundEvaluator,
  object: ProtectedObject,
  stat: CountPartition,
  allow: AllowanceOf,
): ProtectionFinding | null {
  const parts = stat.parts.map((_, i) => over(object, (l) => system.part(l, object.group, stat, i)));
  if (parts.some((p) => p === undefined)) return null;
  const expressions = parts as LinearExpression[];
  const truths = expressions.map((e) => system.value(e));
  const n = truths.reduce((s, t) => s + t, 0);
  if (n <= 0) return null;
  const finding = (kind: ProtectionFinding['kind'], part?: number): ProtectionFinding => ({
    object,
    stat: stat.key,
    kind,
    part,
    reach: new Set(expressions.flatMap((e) => [...e.terms.keys()])),
  });
  const allowance = allow({ n, parts: truths, sum: 0 });
  for (let i = 0; i < expressions.length; i++) {
    if (truths[i] !== n || allowance.allAlike[i]) continue;
    const others = sumExpressions(expressions.filter((_, j) => j !== i));
    if (!bounds.reaches(others, 1)) return finding('all-alike', i);
  }
  for (let i = 0; i < expressions.length; i++) {
    const part = expressions[i]!;
    const width = allowance.parts[i]!;
    if (width <= EPSILON || bounds.reaches(part, truths[i]! + width)) continue;
    // A distribution's answer nobody in the group can have given pins nobody to it.
    if (stat.distribution && truths[i] === 0 && !bounds.reaches(part, 1)) continue;
    if (bounds.reaches(scale(part, -1), width - truths[i]!)) continue;
    if (bounds.maximize(part) + bounds.maximize(scale(part, -1)) < width - EPSILON)
      return finding('narrow', i);
  }
  return null;
}

function checkSum(
  system: AttackerSystem,
  bounds: BoundEvaluator,
  object: ProtectedObject,
  stat: ScoreSum,
  allow: AllowanceOf,
): ProtectionFinding | null {
  const sum = over(object, (l) => system.sum(l, object.group, stat));
  const n = over(object, (l) => system.respondents(l, object.group, stat));
  if (!sum || !n) return null;
  const [s, count] = [system.value(sum), system.value(n)];
  if (count <= 0) return null;
  const finding = (kind: ProtectionFinding['kind']): ProtectionFinding => ({
    object,
    stat: stat.key,
    kind,
    reach: new Set([...sum.terms.keys(), ...n.terms.keys()]),
  });
  const allowance = allow({ n: count, parts: [], sum: s });
  const belowTop = addExpressions(scale(n, stat.hi), sum, -1);
  const aboveBottom = addExpressions(sum, scale(n, stat.lo), -1);
  // Any room below the top (or above the bottom) is some respondent's answer off the end.
  if (!allowance.atTop && system.value(belowTop) <= EPSILON && !bounds.reaches(belowTop, ROOM))
    return finding('all-alike');
  if (!allowance.atBottom && system.value(aboveBottom) <= EPSILON && !bounds.reaches(aboveBottom, ROOM))
    return finding('all-alike');
  const width = allowance.sum;
  if (width <= EPSILON || bounds.reaches(sum, s + width) || bounds.reaches(scale(sum, -1), width - s))
    return null;
  return bounds.maximize(sum) - bounds.minimize(sum) >= width - EPSILON ? null : finding('narrow');
}

function scale(expression: LinearExpression, factor: number): LinearExpression {
  return {
    terms: new Map([...expression.terms].map(([v, c]) => [v, c * factor])),
    constant: expression.constant * factor,
  };
}
