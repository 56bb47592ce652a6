import { Conflict, Forbidden, NotFound } from '../../core/errors';
import { isQualityStaff } from '../../core/org/scope';
import type { ReleaseKind } from '../../core/releases/release-kind';
import { roundState } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import { listReleases } from '../../db/repositories/releases';
import { roundHasResponses } from '../../db/repositories/responses';
import { findRound } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { releaseRoundJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';

export interface RoundReleaseDeps {
  db: Db;
  queue: JobQueue;
}

/** A release as staff see it listed: when, what kind, and what the audit hid beyond the units' own rules. */
export interface ReleaseView {
  seq: number;
  kind: ReleaseKind;
  releasedAt: string;
  hiddenCells: number;
  hiddenRespondents: number;
}

async function roundOf(db: Db, staff: StaffUser, roundId: string) {
  const round = await findRound(db, roundId);
  if (!round || round.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no round ${roundId}`);
  return round;
}

/**
 * Quality staff publish a round's results before it closes (an interim release). The worker
 * makes it (release-round.ts); values where fewer than the minimum answered since the last
 * release keep their earlier numbers there. A round not yet open, or without answers, has nothing
 * to publish.
 */
export async function requestInterimRelease(
  deps: RoundReleaseDeps,
  staff: StaffUser,
  roundId: string,
  today: string,
): Promise<void> {
  if (!isQualityStaff(staff))
    throw new Forbidden('Only quality staff for the whole municipality can publish results');
  const round = await roundOf(deps.db, staff, roundId);
  if (roundState(round, today) === 'not-yet-open')
    throw new Conflict(`The round opens on ${round.opensOn}: it has no results to publish yet`);
  if (!(await roundHasResponses(deps.db, roundId)))
    throw new Conflict('The round has no responses yet: there are no results to publish');
  // The trail records the release when the worker makes it, in its transaction, as this user's.
  await deps.queue.enqueue(releaseRoundJob, { roundId, kind: 'interim', requestedBy: staff.id });
}

/** A round's releases, newest first, for any staff member of its municipality. */
export async function loadRoundReleases(db: Db, staff: StaffUser, roundId: string): Promise<ReleaseView[]> {
  await roundOf(db, staff, roundId);
  return (await listReleases(db, { municipalityId: staff.municipalityId, roundId })).map(viewOfRelease);
}

export function viewOfRelease(r: {
  seq: number;
  kind: ReleaseKind;
  releasedAt: Date;
  hiddenCells: number;
  hiddenRespondents: number;
}): ReleaseView {
  return {
    seq: r.seq,
    kind: r.kind,
    releasedAt: new Date(r.releasedAt).toISOString(),
    hiddenCells: r.hiddenCells,
    hiddenRespondents: r.hiddenRespondents,
  };
}
