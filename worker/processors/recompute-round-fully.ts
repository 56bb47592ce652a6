import { rollUp, withAncestors } from '../../core/indicators/roll-up';
import { countUnlikeClassGrade } from '../../core/indicators/class-grade-groups';
import { scoringFingerprint } from '../../core/indicators/scoring-fingerprint';
import { listTreeUnits } from '../../db/repositories/org-units';
import { markRunFinished, markRunStarted, reportRunProgress } from '../../db/repositories/recompute-runs';
import { clearRecomputeRequests, listRoundRecomputeRequests } from '../../db/repositories/recompute-requests';
import { countRoundResponsesByUnit, listScoresOfUnits } from '../../db/repositories/responses';
import { recomputeRoundFullyJob, type RecomputeRoundFully } from '../../jobs/contracts';
import type { JobContext, JobHandler } from '../../jobs/define-job';
import { directTables } from './recompute-round';
import { sumRoundScores } from './sum-round-scores';
import { roundState } from '../../core/surveys/round-state';
import { makeRelease } from '../releases/make-release';
import { loadRoundContext, lockRound, publishTables, type RecomputeDeps } from './round-context';

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
 * Recomputes a whole round from its responses, e.g. after an engine upgrade or to check that the
 * values shown are reproducible. Responses whose stored scores the current scoring did not make
 * are scored again from their answers (and stored); then the stored scores are read a page of units
 * at a time and added in response id order (sumRoundScores, docs/decisions/0019). That happens
 * outside any transaction (progress is written as it goes);
 * then, under the round's lock, units whose response count changed meanwhile are read again, every
 * cell is upserted (unchanged ones are not rewritten) and cells that no longer exist are removed;
 * a closed round is released again in the same transaction. Returns how long that release took
 * (null: none was made).
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
  const fingerprint = scoringFingerprint(indicators);
  let releaseMs: number | null = null;
  try {
    const before = await countRoundResponsesByUnit(deps.db, roundId);
    const total = [...before.values()].reduce((sum, n) => sum + n, 0);
    await markRunStarted(deps.db, runId, total);
    const { direct, counted } = await sumRoundScores(
      deps.db,
      indicators,
      roundId,
      fingerprint,
      async (read) => {
        await reportRunProgress(deps.db, runId, read);
        await job.reportProgress(total === 0 ? 100 : Math.min(99, Math.floor((read / total) * 100)));
      },
    );
    await deps.db.transaction(async (tx) => {
      await lockRound(tx, roundId);
      const requests = await listRoundRecomputeRequests(tx, roundId);
      const units = await listTreeUnits(tx, context.round.municipalityId);
      const now = await countRoundResponsesByUnit(tx, roundId);
      const changed = [...now.keys()].filter((unitId) => now.get(unitId) !== counted.get(unitId));
      const again = directTables(indicators, await listScoresOfUnits(tx, roundId, changed, fingerprint));
      for (const [unitId, table] of again) direct.set(unitId, table);
      countUnlikeClassGrade(indicators, direct, units);
      const affected = withAncestors(units, now.keys());
      const tables = rollUp({ nodes: units, affected, direct, stored: new Map() });
      const published = await publishTables(tx, context, units, tables, 'whole-round');
      await clearRecomputeRequests(tx, requests);
      // A closed round's final release follows its data (an engine upgrade, a goal added or
      // changed); an open round's values wait for the next release asked for.
      if (!deps.anonymity.heldReleases || roundState(context.round, isoDay(deps.now())) === 'closed') {
        const started = performance.now();
        await makeRelease(tx, deps, context, undefined, undefined, published);
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
