import { suppressTreeComplements } from '../../core/anonymity/suppress-tree-complements';
import type { GoalReason } from '../../core/goals/judge-goal';
import type { BreakdownFilter } from '../../core/goals/goal-rule';
import type { RoundChange } from '../../core/indicators/compare-rounds';
import { isWithin, type OrgUnit } from '../../core/org/org-unit';
import type { Goal, GoalEvaluation } from '../../db/repositories/goals';
import type { Round } from '../../db/repositories/rounds';

export interface ShownValue {
  n: number;
  value: number;
  ciLow: number;
  ciHigh: number;
}

/**
 * One goal at one unit in one round, as staff and citizens may see it: hidden cells carry no numbers.
 * 'no-data' may still carry the measurement when the rule cannot be judged yet (a trend's baseline).
 */
export type GoalCell =
  | ({
      status: 'met' | 'not-met' | 'uncertain';
      change: RoundChange | null;
      reasons: GoalReason[];
    } & ShownValue)
  | { status: 'no-data'; measured?: ShownValue; change?: RoundChange | null; reasons?: GoalReason[] }
  | { status: 'hidden'; minGroupSize: number; reasons?: GoalReason[] }
  | { status: 'out-of-scope' };

/** One goal's cell at every unit, with anonymity applied across the tree. */
export function goalCells(
  goal: Goal,
  round: Round | null,
  units: OrgUnit[],
  evaluations: GoalEvaluation[],
  { minGroupSize, asked }: { minGroupSize: number; asked: string[] },
): Map<string, GoalCell> {
  const cells = new Map<string, GoalCell>();
  // Covered: inside the goal's scope, of a grade the goal counts, and asked by the round (a daycare
  // is not asked in a pupil survey), so "no data" means answers are missing, not irrelevant.
  const covered = units.filter(
    (u) =>
      isWithin(u.path, goal.scopeUnitPath) &&
      !outsideGradeFilter(goal, u) &&
      (!round || asked.some((path) => isWithin(path, u.path))),
  );
  for (const unit of units)
    cells.set(unit.id, { status: covered.includes(unit) ? 'no-data' : 'out-of-scope' });
  if (!round) return cells;
  const byUnit = new Map(
    evaluations.filter((e) => e.goalId === goal.id && e.roundId === round.id).map((e) => [e.unitId, e]),
  );
  const tree = covered.map((unit) => {
    const evaluation = byUnit.get(unit.id);
    return {
      unitId: unit.id,
      parentId: unit.parentId,
      n: evaluation?.n ?? 0,
      suppressed: evaluation?.status === 'hidden',
      evaluation,
    };
  });
  const hide = <T extends { suppressed: boolean }>(c: T): T => ({ ...c, suppressed: true });
  for (const c of suppressTreeComplements(tree, minGroupSize, hide)) {
    const shaped = shapeCell(c.evaluation, minGroupSize);
    cells.set(
      c.unitId,
      c.suppressed && shaped.status !== 'no-data' ? { status: 'hidden', minGroupSize } : shaped,
    );
  }
  return cells;
}

/** A class of grade 3 is not covered by a goal for grades 1, 6 and 9: say so rather than "no data". */
function outsideGradeFilter(goal: { breakdownFilter: BreakdownFilter | null }, unit: OrgUnit): boolean {
  const filter = goal.breakdownFilter;
  return (
    filter?.breakdownKey === 'grade' && unit.grade !== null && !filter.values.includes(String(unit.grade))
  );
}

export function shapeCell(evaluation: GoalEvaluation | undefined, minGroupSize: number): GoalCell {
  if (!evaluation || evaluation.status === 'no-data') return { status: 'no-data' };
  if (evaluation.status === 'hidden') return { status: 'hidden', minGroupSize };
  return {
    status: evaluation.status,
    change: null,
    reasons: [],
    n: evaluation.n,
    value: evaluation.value!,
    ciLow: evaluation.ciLow!,
    ciHigh: evaluation.ciHigh!,
  };
}
