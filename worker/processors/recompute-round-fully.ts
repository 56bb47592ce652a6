import { rollUp, withAncestors } from '../../core/indicators/roll-up';
import { countUnlikeClassGrade } from '../../core/indicators/class-grade-groups';
import { addResponse, scoreResponse } from '../../core/indicators/score-response';
import { StatsTable } from '../../core/indicators/indicator-stats';
import { listTreeUnits } from '../../db/repositories/org-units';
import { markRunFinished, markRunStarted, reportRunProgress } from '../../db/repositories/recompute-runs';
import { clearRecomputeRequests, listRoundRecomputeRequests } from '../../db/repositories/recompute-requests';
import {
  countRoundResponsesByUnit,
  listAnswersOfUnits,
  readRoundResponsesPage,
} from '../../db/repositories/responses';
import { recomputeRoundFullyJob, type RecomputeRoundFully } from '../../jobs/contracts';
import type { JobContext, JobHandler } from '../../jobs/define-job';
import { directTables } from './recompute-round';
import { roundState } from '../../core/surveys/round-state';
import { makeRelease } from '../releases/make-release';
import { loadRoundContext, lockRound, publishTables, type RecomputeDeps } from './round-context';

const PAGE_SIZE = 5000;

export function recomputeRoundFullyHandler(
  deps: RecomputeDeps,
): JobHandler<typeof recomputeRoundFullyJob.schema> {
  return {
    definition: recomputeRoundFullyJob,
    handle: async (data, ctx) => {
      await recomputeRoundFully(deps, data, ctx);
      await deps.events?.publish(data.roundId);
    },
  };
}

/**
 * Recomputes a whole round from its stored answers (scored again, not from the stored scores), e.g.
 * after an engine upgrade or to check that the values shown are reproducible. Responses are read in
 * pages outside any transaction (progress is written as it goes); then, under the round's lock,
 * units whose response count changed meanwhile are read again, every cell is upserted (unchanged
 * ones are not rewritten) and cells that no longer exist are removed; a closed round is released
 * again in the same transaction. Returns how long that release took (null: none was made).
 */
export async function recomputeRoundFully(
  deps: RecomputeDeps,
  { roundId, runId }: RecomputeRoundFully,
  job: JobContext = { reportProgress: async () => undefined },
): Promise<{ releaseMs: number | null }> {
  const context = await loadRoundContext(deps, roundId);
  if (!context) {
    await markRunFinished(deps.db, runId, 'the round no longer exists');
    return { releaseMs: null };
  }
  const { indicators } = context.instrument;
  let releaseMs: number | null = null;
  try {
    const before = await countRoundResponsesByUnit(deps.db, roundId);
    const total = [...before.values()].reduce((sum, n) => sum + n, 0);
    await markRunStarted(deps.db, runId, total);
    const direct = new Map<string, StatsTable>();
    const counted = new Map<string, number>();
    let processed = 0;
    for (let afterId: string | null = null; ;) {
      const page = await readRoundResponsesPage(deps.db, roundId, afterId, PAGE_SIZE);
      if (page.length === 0) break;
      for (const response of page) {
        let table = direct.get(response.unitId);
        if (!table) direct.set(response.unitId, (table = new StatsTable()));
        addResponse(table, indicators, scoreResponse(indicators, response.answers));
        counted.set(response.unitId, (counted.get(response.unitId) ?? 0) + 1);
      }
      processed += page.length;
      afterId = page[page.length - 1]!.id;
      await reportRunProgress(deps.db, runId, processed);
      await job.reportProgress(total === 0 ? 100 : Math.min(99, Math.floor((processed / total) * 100)));
    }
    await deps.db.transaction(async (tx) => {
      await lockRound(tx, roundId);
      const requests = await listRoundRecomputeRequests(tx, roundId);
      const units = await listTreeUnits(tx, context.round.municipalityId);
      const now = await countRoundResponsesByUnit(tx, roundId);
      const changed = [...now.keys()].filter((unitId) => now.get(unitId) !== counted.get(unitId));
      // Re-read answers (not stored scores): a full recompute trusts nothing derived.
      const again = await listAnswersOfUnits(tx, roundId, changed);
      const rescored = directTables(
        indicators,
        again.map((r) => ({ ...r, scores: null })),
      );
      for (const [unitId, table] of rescored) direct.set(unitId, table);
      countUnlikeClassGrade(indicators, direct, units);
      const affected = withAncestors(units, now.keys());
      const tables = rollUp({ nodes: units, affected, direct, stored: new Map() });
      await publishTables(tx, context, units, tables, 'whole-round');
      await clearRecomputeRequests(tx, requests);
      // A closed round's final release follows its data (an engine upgrade, a goal added or
      // changed); an open round's values wait for the next release asked for.
      if (!deps.anonymity.heldReleases || roundState(context.round, isoDay(deps.now())) === 'closed') {
        const started = performance.now();
        await makeRelease(tx, deps, context);
        releaseMs = performance.now() - started;
      }
    });
    await job.reportProgress(100);
    await markRunFinished(deps.db, runId, null);
    return { releaseMs };
  } catch (error) {
    await markRunFinished(deps.db, runId, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

const isoDay = (at: Date) => at.toISOString().slice(0, 10);
