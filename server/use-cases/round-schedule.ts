import { Conflict, Forbidden, NotFound } from '../../core/errors';
import { isQualityStaff } from '../../core/org/scope';
import { roundState } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import { findRound, setRoundPeriod } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { releaseRoundJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';

const dayBefore = (isoDay: string) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

async function roundToSchedule(db: Db, staff: StaffUser, roundId: string) {
  if (!isQualityStaff(staff))
    throw new Forbidden('Only quality staff for the whole municipality can open or close a round');
  const round = await findRound(db, roundId);
  if (!round || round.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no round ${roundId}`);
  return round;
}

export interface RoundScheduleDeps {
  db: Db;
  queue: JobQueue;
}

/** Opens a scheduled round today (its last day stays). Respondents' links work within a minute. */
export async function openRoundNow(
  { db }: RoundScheduleDeps,
  staff: StaffUser,
  roundId: string,
  today: string,
): Promise<void> {
  const round = await roundToSchedule(db, staff, roundId);
  if (roundState(round, today) !== 'not-yet-open') throw new Conflict('The round is not waiting to open');
  await setRoundPeriod(db, roundId, { opensOn: today, closesOn: round.closesOn });
}

/**
 * Closes an open round now: its last day becomes yesterday, so from today its links say it has
 * closed. Answers already given are kept and counted, and the round's final release is asked for
 * at once (the worker's sweep would find it too, a little later).
 */
export async function closeRoundNow(
  { db, queue }: RoundScheduleDeps,
  staff: StaffUser,
  roundId: string,
  today: string,
): Promise<void> {
  const round = await roundToSchedule(db, staff, roundId);
  if (roundState(round, today) !== 'open') throw new Conflict('The round is not open');
  const lastDay = dayBefore(today);
  await setRoundPeriod(db, roundId, {
    opensOn: round.opensOn < lastDay ? round.opensOn : lastDay,
    closesOn: lastDay,
  });
  await queue.enqueue(releaseRoundJob, { roundId, kind: 'final' });
}
