import { StatsTable } from '../../core/indicators/indicator-stats';
import { childrenOf, rollUpIncrementally, withAncestors } from '../../core/indicators/roll-up';
import { addResponse, expandScore, scoreResponse } from '../../core/indicators/score-response';
import { countUnlikeClassGrade } from '../../core/indicators/class-grade-groups';
import { scoringFingerprint } from '../../core/indicators/scoring-fingerprint';
import type { InstrumentIndicators } from '../../core/indicators/indicator-definition';
import { loadStoredCells } from '../../db/repositories/indicator-values';
import { clearRecomputeRequests, listRoundRecomputeRequests } from '../../db/repositories/recompute-requests';
import { listScoresOfUnits, type UnitResponse } from '../../db/repositories/responses';
import { recomputeRoundJob, type RecomputeRound } from '../../jobs/contracts';
import type { JobHandler } from '../../jobs/define-job';
import type { DbOrTx } from '../../db/database';
import { makeRelease } from '../releases/make-release';
import {
  loadRoundContext,
  lockRound,
  publishTables,
  type RecomputeDeps,
  type RoundContext,
} from './round-context';

export function recomputeRoundHandler(deps: RecomputeDeps): JobHandler<typeof recomputeRoundJob.schema> {
  return {
    definition: recomputeRoundJob,
    handle: async (data) => {
      if ((await recomputeRound(deps, data)) > 0) await deps.events?.publish(data.roundId);
    },
  };
}

/**
 * Brings a round's live values up to date after new responses (recomputeMarkedUnits). With held
 * releases (always, outside tests) readers see nothing of it until the next release; with them off
 * (live, as before releases existed) the round is released at once in the same transaction.
 * Returns how many units it recomputed.
 */
export async function recomputeRound(deps: RecomputeDeps, { roundId }: RecomputeRound): Promise<number> {
  const context = await loadRoundContext(deps, roundId);
  if (!context) return 0;
  return deps.db.transaction(async (tx) => {
    await lockRound(tx, roundId);
    const recomputed = await recomputeMarkedUnits(tx, deps, context);
    if (recomputed > 0 && !deps.anonymity.heldReleases) await makeRelease(tx, deps, context);
    return recomputed;
  });
}

/**
 * In the caller's transaction, holding the round's lock: the units with a recompute marker are
 * recomputed from their own responses, their ancestors from their children's stored statistics,
 * and every goal at those units is judged again. Exactly the markers read are cleared, so a
 * response committed meanwhile keeps its marker for the next run. Everything is derived and
 * overwritten, so a run can be repeated or lost. Returns how many units it recomputed.
 */
export async function recomputeMarkedUnits(
  tx: DbOrTx,
  deps: RecomputeDeps,
  context: RoundContext,
): Promise<number> {
  const roundId = context.round.id;
  const requests = await listRoundRecomputeRequests(tx, roundId);
  if (requests.length === 0) return 0;
  const marked = [...new Set(requests.map((r) => r.unitId))];
  const units = await deps.trees.get(tx, context.round.municipalityId, marked);
  const dirty = new Set(marked.filter((id) => units.some((u) => u.id === id)));
  const affected = withAncestors(units, dirty);
  const children = childrenOf(units);
  const otherChildrenOfDirty = [...dirty]
    .flatMap((id) => children.get(id) ?? [])
    .filter((child) => !affected.has(child.id))
    .map((child) => child.id);
  const fingerprint = scoringFingerprint(context.instrument.indicators);
  const answers = await listScoresOfUnits(tx, roundId, [...dirty], fingerprint);
  const previous = await loadStoredCells(tx, roundId, [...affected, ...otherChildrenOfDirty]);
  const stored = new Map([...previous].map(([id, unit]) => [id, unit.table]));
  const direct = directTables(context.instrument.indicators, answers);
  countUnlikeClassGrade(context.instrument.indicators, direct, units);
  const tables = rollUpIncrementally({ nodes: units, dirty, direct, stored });
  await publishTables(tx, context, units, tables, 'changed-units', previous);
  await clearRecomputeRequests(tx, requests);
  return affected.size;
}

/** Each unit's own responses' statistics, from their stored scores where trusted (see listScoresOfUnits). */
export function directTables(
  instrument: InstrumentIndicators,
  responses: Iterable<UnitResponse>,
): Map<string, StatsTable> {
  const tables = new Map<string, StatsTable>();
  for (const response of responses) {
    let table = tables.get(response.unitId);
    if (!table) tables.set(response.unitId, (table = new StatsTable()));
    const score =
      expandScore(instrument, response.scores) ?? scoreResponse(instrument, response.answers ?? {});
    addResponse(table, instrument, score);
  }
  return tables;
}
