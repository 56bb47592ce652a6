import type { Db } from '../db/database';
import type { InstrumentCache } from '../db/instrument-cache';
import { roundAnswersDeleted } from '../db/repositories/answer-retention';
import { listRoundsLackingGoalStatistics } from '../db/repositories/goals';
import { listStoredFingerprints } from '../db/repositories/indicator-values';
import { createRecomputeRun } from '../db/repositories/recompute-runs';
import { recomputeRoundFullyJob } from '../jobs/contracts';
import type { JobQueue } from '../jobs/define-job';

/**
 * Values computed by an older engine (no fingerprint, or another one than the definition gives
 * today) would join trends that should break and lack the statistics later recomputes add to.
 * So would goal values stored without their statistics (trend rules compare those). At start,
 * such rounds get a full recompute from their responses. Returns the round ids.
 */
export async function recomputeOutdatedRounds(
  db: Db,
  instruments: InstrumentCache,
  queue: JobQueue,
): Promise<string[]> {
  const outdated = new Map<string, string>();
  for (const stored of await listStoredFingerprints(db)) {
    if (outdated.has(stored.roundId)) continue;
    const { definitionHashes } = await instruments.get(stored.instrumentVersionId);
    if (definitionHashes.get(stored.indicatorKey) !== stored.definitionHash)
      outdated.set(stored.roundId, stored.municipalityId);
  }
  for (const { roundId, municipalityId } of await listRoundsLackingGoalStatistics(db))
    outdated.set(roundId, municipalityId);
  for (const [roundId, municipalityId] of outdated) {
    // Answers deleted by retention: the values stay as computed then (a recompute would count no one).
    if (await roundAnswersDeleted(db, roundId)) {
      outdated.delete(roundId);
      continue;
    }
    const run = await createRecomputeRun(db, { municipalityId, roundId });
    await queue.enqueue(recomputeRoundFullyJob, { roundId, runId: run.id });
  }
  return [...outdated.keys()];
}
