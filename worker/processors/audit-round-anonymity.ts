import { minGroupSizeByKey } from '../../core/indicators/indicator-definition';
import { auditRound } from '../../core/anonymity/audit-round';
import type { DbOrTx } from '../../db/database';
import {
  setAuditHiddenGoalEvaluations,
  listGoalsForInstrument,
  listRoundGoalEvaluations,
  type Goal,
} from '../../db/repositories/goals';
import { listRoundCellsForAudit, setAuditHiddenCells } from '../../db/repositories/indicator-values';
import type { TreeUnit } from '../../db/repositories/org-units';
import type { RoundContext } from './round-context';

/**
 * After a recompute, in its transaction: audits everything the round publishes against the
 * linear-system attack and hides what else must be hidden, so no reader ever sees an unaudited
 * state. Reads the whole round's cells: a response in one class can change what a cell in
 * another part of the tree gives away.
 */
export async function auditRoundAnonymity(
  tx: DbOrTx,
  context: RoundContext,
  units: TreeUnit[],
  /** The round's goals when the caller has read them already in this transaction. */
  knownGoals?: Goal[],
): Promise<void> {
  const { round } = context;
  const cells = await listRoundCellsForAudit(tx, round.id);
  const goals = knownGoals ?? (await listGoalsForInstrument(tx, round.municipalityId, round.instrumentKey));
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const goalCells = (await listRoundGoalEvaluations(tx, round.id, [...goalById.keys()]))
    .filter((e) => goalById.has(e.goalId))
    .map((e) => ({
      goalId: e.goalId,
      unitId: e.unitId,
      indicatorKey: goalById.get(e.goalId)!.indicatorKey,
      filter: goalById.get(e.goalId)!.breakdownFilter,
      n: e.n,
      hidden: e.status === 'hidden',
    }));
  const hide = auditRound(units, cells, goalCells, minGroupSizeByKey(context.instrument.indicators));
  await setAuditHiddenCells(tx, round.id, hide.cells);
  await setAuditHiddenGoalEvaluations(tx, round.id, hide.goals);
}
