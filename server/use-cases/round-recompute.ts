import { Conflict, Forbidden, NotFound } from '../../core/errors';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { isQualityStaff } from '../../core/org/scope';
import type { Db } from '../../db/database';
import {
  createRecomputeRun,
  findRecomputeRun,
  latestRecomputeRun,
  type RecomputeRun,
} from '../../db/repositories/recompute-runs';
import { countResponsesByRound } from '../../db/repositories/responses';
import { findRound, listRounds } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { listReleases } from '../../db/repositories/releases';
import { viewOfRelease, type ReleaseView } from './round-releases';
import { recomputeRoundFullyJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';

export interface RoundRecomputeDeps {
  db: Db;
  queue: JobQueue;
}

/** Who may recompute a whole round: staff of the whole municipality who edit (not viewers, not unit leaders). */
function assertMayRecompute(staff: StaffUser): void {
  if (!isQualityStaff(staff))
    throw new Forbidden('Only quality staff for the whole municipality can recompute a round');
}

/**
 * Starts a full recompute of a round from its stored responses: after an upgrade of the engine,
 * or to check that the values shown are what the responses give. Progress is on the run.
 */
export async function requestRoundRecompute(
  deps: RoundRecomputeDeps,
  staff: StaffUser,
  roundId: string,
): Promise<RecomputeRun> {
  assertMayRecompute(staff);
  const round = await findRound(deps.db, roundId);
  if (!round || round.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no round ${roundId}`);
  // Its values were computed from answers that are gone: a recompute now would count no one.
  if (round.answersDeletedOn)
    throw new Conflict(
      `The round's answers were deleted on ${round.answersDeletedOn} (retention): its values stay as they were computed`,
    );
  const run = await createRecomputeRun(deps.db, { municipalityId: round.municipalityId, roundId });
  await deps.queue.enqueue(recomputeRoundFullyJob, { roundId, runId: run.id });
  return run;
}

export async function loadRecomputeRun(db: Db, staff: StaffUser, runId: string): Promise<RecomputeRun> {
  const run = await findRecomputeRun(db, runId);
  if (!run || run.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no recompute run ${runId}`);
  return run;
}

export interface RoundOverview {
  id: string;
  title: LocalizedText;
  instrumentKey: string;
  opensOn: string;
  closesOn: string;
  /** Answered only through personal links: no open link or QR code. */
  personalLinksOnly: boolean;
  responses: number;
  lastRun: RecomputeRun | null;
  /** Its releases, newest first: what readers see is the first. */
  releases: ReleaseView[];
}

/** The municipality's rounds with their response counts, releases and latest full recompute. */
export async function loadRoundsOverview(
  db: Db,
  staff: StaffUser,
): Promise<{ rounds: RoundOverview[]; mayRecompute: boolean; mayRelease: boolean }> {
  const rounds = await listRounds(db, staff.municipalityId);
  const counts = await countResponsesByRound(db, staff.municipalityId);
  const releases = await listReleases(db, { municipalityId: staff.municipalityId });
  const overview = await Promise.all(
    rounds.map(async (r) => ({
      id: r.id,
      title: r.title,
      instrumentKey: r.instrumentKey,
      opensOn: r.opensOn,
      closesOn: r.closesOn,
      personalLinksOnly: r.personalLinksOnly,
      responses: counts.get(r.id) ?? 0,
      lastRun: (await latestRecomputeRun(db, r.id)) ?? null,
      releases: releases.filter((release) => release.roundId === r.id).map(viewOfRelease),
    })),
  );
  let mayRecompute = true;
  try {
    assertMayRecompute(staff);
  } catch {
    mayRecompute = false;
  }
  // Publishing interim results is quality staff's, as recomputing is.
  return { rounds: overview, mayRecompute, mayRelease: mayRecompute };
}
