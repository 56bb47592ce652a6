import { sql } from 'drizzle-orm';
import { computeIndicator } from '../../core/indicators/compute-indicator';
import { computeIndicatorCells } from '../../core/indicators/compute-indicator-cells';
import { minGroupSizeOf } from '../../core/indicators/indicator-definition';
import { suppressSmallCells } from '../../core/anonymity/suppress-small-cells';
import { evaluateThresholdGoal } from '../../core/goals/evaluate-goal';
import { matchesBreakdownFilter } from '../../core/goals/goal-rule';
import { isWithin, type OrgUnit } from '../../core/org/org-unit';
import type { Db } from '../../db/database';
import type { InstrumentCache, LoadedInstrument } from '../../db/instrument-cache';
import { listGoalsForInstrument, saveGoalEvaluation, type Goal } from '../../db/repositories/goals';
import { replaceIndicatorValues } from '../../db/repositories/indicator-values';
import { findUnit, listUnitAndAncestors } from '../../db/repositories/org-units';
import { clearRecomputeRequest, findRecomputeRequest } from '../../db/repositories/recompute-requests';
import { listAnswersInSubtree, type StoredAnswers } from '../../db/repositories/responses';
import { findRound, type Round } from '../../db/repositories/rounds';
import { recomputeUnitJob, type RecomputeUnit } from '../../jobs/contracts';
import type { JobHandler } from '../../jobs/define-job';

export interface RecomputeDeps {
  db: Db;
  instruments: InstrumentCache;
}

/**
 * Recomputes a round's indicators for one unit and each of its ancestors, then re-evaluates the
 * goals measured there. Everything is derived from the stored responses and overwritten, so a
 * run can be repeated or lost and redone at any time.
 */
export function recomputeUnitHandler(deps: RecomputeDeps): JobHandler<typeof recomputeUnitJob.schema> {
  return { definition: recomputeUnitJob, handle: (data) => recomputeUnit(deps, data) };
}

export async function recomputeUnit(deps: RecomputeDeps, { roundId, unitId }: RecomputeUnit): Promise<void> {
  const { db } = deps;
  const [round, unit] = await Promise.all([findRound(db, roundId), findUnit(db, unitId)]);
  if (!round || !unit) return; // deleted meanwhile: nothing left to compute
  const instrument = await deps.instruments.get(round.instrumentVersionId);
  const chain = await listUnitAndAncestors(db, unit);
  const root = chain[chain.length - 1]!;
  await db.transaction(async (tx) => {
    // Recomputes of one round share ancestors (school, area, municipality). One at a time per
    // round, each reading the responses only after taking the lock, so a slower run with an
    // older snapshot can never overwrite a newer one.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${roundId}))`);
    const request = await findRecomputeRequest(tx, roundId, unitId);
    const answers = await listAnswersInSubtree(tx, roundId, root.path);
    const goals = await listGoalsForInstrument(tx, round.municipalityId, round.instrumentKey);
    for (const node of chain) {
      const inNode = answersWithin(answers, node);
      await replaceIndicatorValues(
        tx,
        {
          municipalityId: round.municipalityId,
          roundId,
          unitId: node.id,
          instrumentVersionId: round.instrumentVersionId,
        },
        computeIndicatorCells(
          instrument.indicators,
          inNode,
          node.kind === 'municipality' ? 'municipality' : 'unit',
        ),
      );
      for (const goal of goals.filter((g) => isWithin(node.path, g.scopeUnitPath))) {
        await saveGoalEvaluation(
          tx,
          round.municipalityId,
          evaluateGoalAt(goal, instrument, round, node, inNode),
        );
      }
    }
    if (request) await clearRecomputeRequest(tx, request);
  });
}

function answersWithin(answers: StoredAnswers[], node: OrgUnit): Record<string, unknown>[] {
  return answers.filter((a) => isWithin(a.unitPath, node.path)).map((a) => a.answers);
}

function evaluateGoalAt(
  goal: Goal,
  instrument: LoadedInstrument,
  round: Round,
  node: OrgUnit,
  answers: Record<string, unknown>[],
) {
  const definition = instrument.indicators.indicators.find((i) => i.key === goal.indicatorKey);
  const base = { goalId: goal.id, roundId: round.id, unitId: node.id };
  if (!definition)
    return { ...base, status: 'no-data' as const, n: 0, value: null, ciLow: null, ciHigh: null };
  const filtered = answers.filter((a) =>
    matchesBreakdownFilter(instrument.indicators, goal.breakdownFilter, a),
  );
  const estimate = computeIndicator(definition, instrument.indicators.itemScores, filtered);
  const [shown] = suppressSmallCells(
    [{ ...estimate, suppressed: false }],
    minGroupSizeOf(instrument.indicators, definition),
  );
  const status = evaluateThresholdGoal(goal.rule, shown!);
  return { ...base, status, n: shown!.n, value: shown!.value, ciLow: shown!.ciLow, ciHigh: shown!.ciHigh };
}
