import { StatsTable } from '../../core/indicators/indicator-stats';
import { childrenOf, rollUp, withAncestors } from '../../core/indicators/roll-up';
import { addResponse, scoreResponse } from '../../core/indicators/score-response';
import type { InstrumentIndicators } from '../../core/indicators/indicator-definition';
import { loadSubtreeStats } from '../../db/repositories/indicator-values';
import { listTreeUnits } from '../../db/repositories/org-units';
import { clearRecomputeRequests, listRoundRecomputeRequests } from '../../db/repositories/recompute-requests';
import { listAnswersOfUnits } from '../../db/repositories/responses';
import { recomputeRoundJob, type RecomputeRound } from '../../jobs/contracts';
import type { JobHandler } from '../../jobs/define-job';
import { loadRoundContext, lockRound, publishTables, type RecomputeDeps } from './round-context';

export function recomputeRoundHandler(deps: RecomputeDeps): JobHandler<typeof recomputeRoundJob.schema> {
  return {
    definition: recomputeRoundJob,
    handle: async (data) => {
      await recomputeRound(deps, data);
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
    const units = await listTreeUnits(tx, context.round.municipalityId);
    const affected = withAncestors(
      units,
      requests.map((r) => r.unitId),
    );
    const answers = await listAnswersOfUnits(tx, roundId, [...affected]);
    const direct = directTables(context.instrument.indicators, answers);
    const untouchedChildren = [...affected]
      .flatMap((id) => childrenOf(units).get(id) ?? [])
      .filter((child) => !affected.has(child.id))
      .map((child) => child.id);
    const stored = await loadSubtreeStats(tx, roundId, untouchedChildren);
    await publishTables(tx, context, units, rollUp({ nodes: units, affected, direct, stored }));
    await clearRecomputeRequests(tx, requests);
    return affected.size;
  });
}

/** Each unit's own responses' statistics. */
export function directTables(
  instrument: InstrumentIndicators,
  answers: Iterable<{ unitId: string; answers: Record<string, unknown> }>,
): Map<string, StatsTable> {
  const tables = new Map<string, StatsTable>();
  for (const response of answers) {
    let table = tables.get(response.unitId);
    if (!table) tables.set(response.unitId, (table = new StatsTable()));
    addResponse(table, instrument, scoreResponse(instrument, response.answers));
  }
  return tables;
}
