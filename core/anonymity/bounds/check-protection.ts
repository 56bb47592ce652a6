import type { CountPartition, FamilyStatistic, ScoreSum } from '../family-statistics';
import type { AttackerSystem } from './attacker-system';
import type { BoundEvaluator } from './bound-evaluator';
import { addExpressions, sumExpressions, type LinearExpression } from './linear-expression';
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
): ProtectionFinding | null {
  return stat.kind === 'partition'
    ? checkPartition(system, bounds, object, stat)
    : checkSum(system, bounds, object, stat);
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
  for (let i = 0; i < expressions.length; i++) {
    if (truths[i] !== n) continue;
    const others = sumExpressions(expressions.filter((_, j) => j !== i));
    if (!bounds.reaches(others, 1)) return finding('all-alike', i);
  }
  for (let i = 0; i < expressions.length; i++) {
    const part = expressions[i]!;
    if (bounds.reaches(part, truths[i]! + 1)) continue;
    // A distribution's answer nobody in the group can have given pins nobody to it.
    if (stat.distribution && truths[i] === 0 && !bounds.reaches(part, 1)) continue;
    if (!bounds.reaches(scale(part, -1), 1 - truths[i]!)) return finding('narrow', i);
  }
  return null;
}

function checkSum(
  system: AttackerSystem,
  bounds: BoundEvaluator,
  object: ProtectedObject,
  stat: ScoreSum,
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
  const belowTop = addExpressions(scale(n, stat.hi), sum, -1);
  const aboveBottom = addExpressions(sum, scale(n, stat.lo), -1);
  // Any room below the top (or above the bottom) is some respondent's answer off the end.
  if (system.value(belowTop) <= EPSILON && !bounds.reaches(belowTop, ROOM)) return finding('all-alike');
  if (system.value(aboveBottom) <= EPSILON && !bounds.reaches(aboveBottom, ROOM)) return finding('all-alike');
  const range = stat.hi - stat.lo;
  if (bounds.reaches(sum, s + range) || bounds.reaches(scale(sum, -1), range - s)) return null;
  return bounds.maximize(sum) - bounds.minimize(sum) >= range - EPSILON ? null : finding('narrow');
}

function scale(expression: LinearExpression, factor: number): LinearExpression {
  return {
    terms: new Map([...expression.terms].map(([v, c]) => [v, c * factor])),
    constant: expression.constant * factor,
  };
}
