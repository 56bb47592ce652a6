import { staffEvent } from '../../core/audit/staff-actor';
import { Conflict, Forbidden, NotFound } from '../../core/errors';
import { isQualityStaff } from '../../core/org/scope';
import { roundState } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
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
  now: () => Date;
}

/** The new period and its trail entry, kept or lost together. */
async function reschedule(
  deps: RoundScheduleDeps,
  staff: StaffUser,
  round: { id: string; opensOn: string; closesOn: string },
  period: { opensOn: string; closesOn: string },
  action: 'round_opened' | 'round_closed',
): Promise<void> {
  const detail = {
    how: action === 'round_opened' ? 'opened early' : 'closed early',
    before: { opensOn: round.opensOn, closesOn: round.closesOn },
    after: period,
  };
  await deps.db.transaction(async (tx) => {
    await setRoundPeriod(tx, round.id, period);
    await recordAuditEvent(tx, staffEvent(staff, action, `round:${round.id}`, detail), deps.now());
  });
}

/** Opens a scheduled round today (its last day stays). Respondents' links work within a minute. */
export async function openRoundNow(
  deps: RoundScheduleDeps,
  staff: StaffUser,
  roundId: string,
  today: string,
): Promise<void> {
  const round = await roundToSchedule(deps.db, staff, roundId);
  if (roundState(round, today) !== 'not-yet-open') throw new Conflict('The round is not waiting to open');
  await reschedule(deps, staff, round, { opensOn: today, closesOn: round.closesOn }, 'round_opened');
}

/**
 * Closes an open round now: its last day becomes yesterday, so from today its links say it has
 * closed. Answers already given are kept and counted, and the round's final release is asked for
 * at once (the worker's sweep would find it too, a little later).
 */
export async function closeRoundNow(
  deps: RoundScheduleDeps,
  staff: StaffUser,
  roundId: string,
  today: string,
): Promise<void> {
  const round = await roundToSchedule(deps.db, staff, roundId);
  if (roundState(round, today) !== 'open') throw new Conflict('The round is not open');
  const lastDay = dayBefore(today);
  const period = { opensOn: round.opensOn < lastDay ? round.opensOn : lastDay, closesOn: lastDay };
  await reschedule(deps, staff, round, period, 'round_closed');
  await deps.queue.enqueue(releaseRoundJob, { roundId, kind: 'final' });
}
