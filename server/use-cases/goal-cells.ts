import { suppressTreeComplements } from '../../core/anonymity/suppress-tree-complements';
import type { GoalReason } from '../../core/goals/judge-goal';
import type { BreakdownFilter } from '../../core/goals/goal-rule';
import type { RoundChange } from '../../core/indicators/compare-rounds';
import type { IndicatorDefinition } from '../../core/indicators/indicator-definition';
import { isWithin, type OrgUnit } from '../../core/org/org-unit';
import type { Goal, GoalEvaluation } from '../../db/repositories/goals';
import type { Round } from '../../db/repositories/rounds';

export interface ShownValue {
  /** Respondents; for a sick-leave goal, employees. */
  n: number;
  value: number;
  /** The 95 % interval; null for sick leave, which counts every employee (no sampling error). */
  ciLow: number | null;
  ciHigh: number | null;
  /** Numbers carried from an earlier release: when they were released. */
  asOf?: string;
}

/**
 * A cell's change since the previous round; `holdsAtFdr` where a view judged it among many
 * (judge-goal-changes.ts).
 */
export type CellChange = RoundChange & { holdsAtFdr?: boolean };

/**
 * One goal at one unit in one round, as staff and citizens may see it: hidden cells carry no numbers.
 * 'no-data' may still carry the measurement when the rule cannot be judged yet (a trend's baseline).
 */
export type GoalCell =
  | ({
      status: 'met' | 'not-met' | 'uncertain';
      change: CellChange | null;
      reasons: GoalReason[];
    } & ShownValue)
  | { status: 'no-data'; measured?: ShownValue; change?: CellChange | null; reasons?: GoalReason[] }
  | { status: 'hidden'; minGroupSize: number; reasons?: GoalReason[] }
  | { status: 'out-of-scope' };

/** A goal in one round (or sick-leave period): its cell at every unit, anonymity applied and judged. */
export interface GoalRoundCells {
  round: Round;
  cells: Map<string, GoalCell>;
}

/** A goal's measurements, from loadGoalHistory (surveys), loadSickLeaveGoalHistory or loadMeasuredGoalHistory. */
export interface GoalHistory {
  indicator: IndicatorDefinition | null;
  /** How the values read when there is no survey indicator to say it (a measured goal's). */
  unit?: IndicatorDefinition['unit'];
  minGroupSize: number;
  /** Oldest first: the first is the baseline. */
  rounds: GoalRoundCells[];
}

/** One goal's cell at every unit, with anonymity applied across the tree. */
export function goalCells(
  goal: Goal,
  round: Round | null,
  units: OrgUnit[],
  /** The goal's evaluations in this round, by unit. */
  byUnit: ReadonlyMap<string, GoalEvaluation>,
  { minGroupSize, asked }: { minGroupSize: number; asked: ReadonlySet<string> },
): Map<string, GoalCell> {
  const cells = new Map<string, GoalCell>();
  // Covered: inside the goal's scope, of a grade the goal counts, and asked by the round (a daycare
  // is not asked in a pupil survey), so "no data" means answers are missing, not irrelevant.
  // `asked` holds the linked units' paths and all paths above them.
  const askedOrAbove = round ? asked : null;
  const covered = units.filter(
    (u) =>
      isWithin(u.path, goal.scopeUnitPath) &&
      !outsideGradeFilter(goal, u) &&
      (!askedOrAbove || askedOrAbove.has(u.path)),
  );
  const isCovered = new Set(covered);
  for (const unit of units) cells.set(unit.id, { status: isCovered.has(unit) ? 'no-data' : 'out-of-scope' });
  if (!round) return cells;
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

/**
 * Every path in the list and every ancestor path of one ('/a/b/' gives '/a/b/' and '/a/'): a unit
 * is asked by a round when it is one of the linked units or above one. A set, since a municipality
 * has thousands of units and as many links.
 */
export function pathsAndAncestors(paths: string[]): Set<string> {
  const all = new Set<string>();
  for (const path of paths) {
    for (let end = path.indexOf('/', 1); end !== -1; end = path.indexOf('/', end + 1)) {
      const prefix = path.slice(0, end + 1);
      all.add(prefix);
    }
  }
  return all;
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
    ...(evaluation.carried && evaluation.evaluatedAt ? { asOf: evaluation.evaluatedAt.toISOString() } : {}),
  };
}
