import { createRecomputeRun } from '../../db/repositories/recompute-runs';
import { recomputeRoundFully } from '../../worker/processors/recompute-round-fully';
import { releaseRound } from '../../worker/processors/release-round';
import type { RecomputeDeps } from '../../worker/processors/round-context';

/**
 * A full recompute of a round as the worker runs it, and its release: a closed round's recompute
 * makes its final release itself (timed inside it), an open round is released after it (interim),
 * so that every read of the benchmark sees values. Both in milliseconds, the release apart.
 */
export async function recomputeAndRelease(
  deps: RecomputeDeps,
  round: { municipalityId: string; roundId: string },
): Promise<{ totalMs: number; releaseMs: number }> {
  const t0 = performance.now();
  const run = await createRecomputeRun(deps.db, round);
  const { releaseMs } = await recomputeRoundFully(deps, { roundId: round.roundId, runId: run.id });
  if (releaseMs !== null) return { totalMs: performance.now() - t0, releaseMs };
  const t1 = performance.now();
  await releaseRound(deps, { roundId: round.roundId });
  const released = performance.now() - t1;
  return { totalMs: performance.now() - t0, releaseMs: released };
}
