import { releaseRoundJob, type ReleaseRound } from '../../jobs/contracts';
import type { JobHandler } from '../../jobs/define-job';
import { makeRelease, type MadeRelease } from '../releases/make-release';
import { recomputeMarkedUnits } from './recompute-round';
import { loadRoundContext, lockRound, type RecomputeDeps } from './round-context';

export function releaseRoundHandler(deps: RecomputeDeps): JobHandler<typeof releaseRoundJob.schema> {
  return {
    definition: releaseRoundJob,
    handle: async (data) => {
      if (await releaseRound(deps, data)) await deps.events?.publish(data.roundId);
    },
  };
}

/**
 * Releases a round (docs/decisions/0011) in one transaction under its lock: first the units with
 * new responses are recomputed, so the release holds every answer committed before it, then the
 * round is audited with its earlier releases and released (makeRelease). Null when nothing
 * changed since the latest release.
 */
export async function releaseRound(
  deps: RecomputeDeps,
  { roundId, kind, requestedBy }: ReleaseRound,
): Promise<MadeRelease | null> {
  const context = await loadRoundContext(deps, roundId);
  if (!context) return null;
  return deps.db.transaction(async (tx) => {
    await lockRound(tx, roundId);
    await recomputeMarkedUnits(tx, deps, context);
    return makeRelease(tx, deps, context, kind, requestedBy);
  });
}
