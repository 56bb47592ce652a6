import { partsOf } from '../../core/goals/goal-rule';
import { measuredOnOf } from '../../core/goals/measured-on';
import { VERDICT_ALPHA } from '../../core/indicators/change-p-value';
import { expectedByChance, judgeManyChanges, type ManyChanges } from '../../core/statistics/false-discovery';
import type { Goal } from '../../db/repositories/goals';
import type { GoalCell } from './goal-cells';

/**
 * A goal whose status at a unit is a change judged at 95 %: a survey goal with a trend part. Sick
 * leave and measured indicators count everyone, and their changes are exact.
 */
export const judgesChange = (goal: Goal): boolean =>
  measuredOnOf(goal) === 'survey' && partsOf(goal.rule).some((part) => part.type === 'trend');

export interface GoalChangesJudged {
  /** Every trend goal's changes at every unit the reader sees, judged together. */
  total: ManyChanges;
  /**
   * Per trend goal: its own changes, and how many of them hold when all of `total` are judged
   * together (so the goals' holds add up to the total's).
   */
  byGoal: Map<string, ManyChanges>;
}

/**
 * The heatmap judges many changes at once: each trend goal at each unit the reader sees. At 95 %
 * about one in twenty would be marked by chance alone, so the changes are judged together by
 * Benjamini–Hochberg at a false discovery rate of 5 % (core/statistics/false-discovery.ts), and
 * each judged cell's change says whether it holds. The cells' statuses stay as the contract's
 * rule gives them. Sick leave counts every employee and is not judged by chance. Replaces the
 * judged cells in `cellsByGoal` with marked copies.
 */
export function judgeGoalChanges(
  goals: Goal[],
  cellsByGoal: Map<string, Map<string, GoalCell>>,
  seen: ReadonlySet<string>,
): GoalChangesJudged {
  const judged: { goalId: string; unitId: string; pValue: number }[] = [];
  for (const goal of goals.filter(judgesChange))
    for (const [unitId, cell] of cellsByGoal.get(goal.id) ?? []) {
      const change = changeOf(cell);
      if (seen.has(unitId) && change?.comparable)
        judged.push({ goalId: goal.id, unitId, pValue: change.pValue });
    }
  const { summary, holds } = judgeManyChanges(judged.map((j) => j.pValue));
  judged.forEach(({ goalId, unitId }, i) => {
    const cells = cellsByGoal.get(goalId)!;
    cells.set(unitId, marked(cells.get(unitId)!, holds[i]!));
  });
  const byGoal = new Map<string, ManyChanges>();
  for (const goal of goals.filter(judgesChange)) byGoal.set(goal.id, noChanges());
  judged.forEach(({ goalId, pValue }, i) => {
    const mine = byGoal.get(goalId)!;
    mine.judged++;
    mine.expectedByChance = expectedByChance(mine.judged);
    if (pValue < VERDICT_ALPHA) mine.marked++;
    if (holds[i]) mine.holdAtFdr++;
  });
  return { total: summary, byGoal };
}

const noChanges = (): ManyChanges => ({ judged: 0, marked: 0, expectedByChance: 0, holdAtFdr: 0 });

const changeOf = (cell: GoalCell) =>
  cell.status === 'hidden' || cell.status === 'out-of-scope' ? null : cell.change;

function marked(cell: GoalCell, holdsAtFdr: boolean): GoalCell {
  if (cell.status === 'hidden' || cell.status === 'out-of-scope' || !cell.change) return cell;
  return { ...cell, change: { ...cell.change, holdsAtFdr } };
}
