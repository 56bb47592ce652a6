import {
  createRecomputeRun,
  findRecomputeRun,
  type RecomputeRun,
} from '../../db/repositories/recompute-runs';
import { recomputeRoundFullyJob } from '../../jobs/contracts';
import type { TestStore } from './stores';

/**
 * A full recompute of the round as staff's button asks for one (a run, then its job), and the run
 * once it is done or failed (undefined or still running: not finished within `timeoutMs`).
 * Through Redis, settled() sees only the recompute markers, not this job: the run is watched.
 */
export async function runFullRecompute(
  store: TestStore,
  round: { municipalityId: string; roundId: string },
  timeoutMs = 20_000,
): Promise<RecomputeRun | undefined> {
  const { id: runId } = await createRecomputeRun(store.db, round);
  await store.malbar.queue.enqueue(recomputeRoundFullyJob, { roundId: round.roundId, runId });
  let run: RecomputeRun | undefined;
  for (const deadline = Date.now() + timeoutMs; ;) {
    run = await findRecomputeRun(store.db, runId);
    if (run?.status === 'done' || run?.status === 'failed' || Date.now() > deadline) return run;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
