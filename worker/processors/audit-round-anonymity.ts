import { minGroupSizeOf } from '../../core/indicators/indicator-definition';
import { auditRound } from '../../core/anonymity/audit-round';
import type { DbOrTx } from '../../db/database';
import {
  setAuditHiddenGoalEvaluations,
  listGoalsForInstrument,
  listRoundGoalEvaluations,
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
): Promise<void> {
  const { round } = context;
  const cells = await listRoundCellsForAudit(tx, round.id);
  const goals = await listGoalsForInstrument(tx, round.municipalityId, round.instrumentKey);
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
  const { indicators } = context.instrument;
  const minOf = (key: string) => {
    const indicator = indicators.indicators.find((i) => i.key === key);
    return indicator ? minGroupSizeOf(indicators, indicator) : indicators.instrument.minGroupSize;
  };
  const hide = auditRound(units, cells, goalCells, minOf);
  await setAuditHiddenCells(tx, round.id, hide.cells);
  await setAuditHiddenGoalEvaluations(tx, round.id, hide.goals);
}
