import { StatsTable } from '../../core/indicators/indicator-stats';
import { childrenOf, rollUpIncrementally, withAncestors } from '../../core/indicators/roll-up';
import { addResponse, expandScore, scoreResponse } from '../../core/indicators/score-response';
import type { InstrumentIndicators } from '../../core/indicators/indicator-definition';
import { loadStoredCells } from '../../db/repositories/indicator-values';
import { clearRecomputeRequests, listRoundRecomputeRequests } from '../../db/repositories/recompute-requests';
import { listScoresOfUnits, type UnitResponse } from '../../db/repositories/responses';
import { recomputeRoundJob, type RecomputeRound } from '../../jobs/contracts';
import type { JobHandler } from '../../jobs/define-job';
import { auditRoundAnonymity } from './audit-round-anonymity';
import { loadRoundContext, lockRound, publishTables, type RecomputeDeps } from './round-context';

export function recomputeRoundHandler(deps: RecomputeDeps): JobHandler<typeof recomputeRoundJob.schema> {
  return {
    definition: recomputeRoundJob,
    handle: async (data) => {
      if ((await recomputeRound(deps, data)) > 0) await deps.events?.publish(data.roundId);
    },
  };
}

/**
 * Returns how many units it recomputed.
 * Brings a round up to date after new responses: the units with a recompute marker are
 * recomputed from their own responses, their ancestors from their children's stored statistics,
 * and every goal at those units is judged again. Markers are cleared only if no newer response
 * came meanwhile. Everything is derived and overwritten, so a run can be repeated or lost.
 */
export async function recomputeRound(deps: RecomputeDeps, { roundId }: RecomputeRound): Promise<number> {
  const context = await loadRoundContext(deps, roundId);
  if (!context) return 0;
  return deps.db.transaction(async (tx) => {
    await lockRound(tx, roundId);
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
    const answers = await listScoresOfUnits(tx, roundId, [...dirty]);
    const previous = await loadStoredCells(tx, roundId, [...affected, ...otherChildrenOfDirty]);
    const stored = new Map([...previous].map(([id, unit]) => [id, unit.table]));
    const direct = directTables(context.instrument.indicators, answers);
    const tables = rollUpIncrementally({ nodes: units, dirty, direct, stored });
    const { patternChanged, goals } = await publishTables(
      tx,
      context,
      units,
      tables,
      'changed-units',
      previous,
    );
    // Which cells are hidden or small decides the audit; while that pattern stands, so does the audit.
    if (patternChanged) await auditRoundAnonymity(tx, context, units, goals);
    await clearRecomputeRequests(tx, requests);
    return affected.size;
  });
}

/** Each unit's own responses' statistics, from their stored scores where present. */
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
