import { z } from 'zod';
import {
  RETENTION_LIMITS,
  retentionDates,
  type RetentionDates,
  type RetentionPolicy,
} from '../../core/retention/answer-retention';
import { Forbidden } from '../../core/errors';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { administersUsers } from '../../core/staff/staff-input';
import type { Db } from '../../db/database';
import {
  findRetentionPolicy,
  listRoundsForRetention,
  setRetentionPolicy,
} from '../../db/repositories/answer-retention';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { countResponsesByRound } from '../../db/repositories/responses';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';

export interface RoundRetentionView extends RetentionDates {
  roundId: string;
  title: LocalizedText;
  closesOn: string;
  reportAdoptedOn: string | null;
  /** Responses kept now (0 once deleted). */
  responses: number;
  commentsDeletedOn: string | null;
  answersDeletedOn: string | null;
}

export interface RetentionView {
  policy: RetentionPolicy;
  limits: typeof RETENTION_LIMITS;
  /** Every round, what is kept of each and when the rest goes (for an open round: counted from its last day). */
  rounds: RoundRetentionView[];
}

const whole = (field: keyof typeof RETENTION_LIMITS, unit: string) => {
  const [min, max] = RETENTION_LIMITS[field];
  return z
    .number(`a whole number of ${unit}`)
    .int(`a whole number of ${unit}`)
    .min(min, `at least ${min}`)
    .max(max, `at most ${max}`);
};

export const RetentionInput = z
  .object({
    answersKeptYears: whole('answersKeptYears', 'years'),
    commentsKeptMonths: whole('commentsKeptMonths', 'months'),
  })
  .strict();

function assertAdministers(staff: StaffUser): void {
  if (!administersUsers(staff))
    throw new Forbidden('Only administrators of the whole municipality set how long answers are kept');
}

/** The municipality's retention policy and, for each of its rounds, when its comments and answers go. */
export async function loadRetention(db: Db, staff: StaffUser): Promise<RetentionView> {
  assertAdministers(staff);
  const policy = await findRetentionPolicy(db, staff.municipalityId);
  const counts = await countResponsesByRound(db, staff.municipalityId);
  const rounds = await listRoundsForRetention(db, { municipalityId: staff.municipalityId });
  return {
    policy,
    limits: RETENTION_LIMITS,
    rounds: rounds.map((round) => ({
      roundId: round.roundId,
      title: round.title as LocalizedText,
      closesOn: round.closesOn,
      reportAdoptedOn: round.reportAdoptedOn,
      responses: counts.get(round.roundId) ?? 0,
      commentsDeletedOn: round.commentsDeletedOn,
      answersDeletedOn: round.answersDeletedOn,
      ...retentionDates(round, policy),
    })),
  };
}

/** Sets the periods; the worker's next sweep applies them. In the audit trail, before and after. */
export async function saveRetention(
  deps: { db: Db; now: () => Date },
  staff: StaffUser,
  input: unknown,
): Promise<void> {
  assertAdministers(staff);
  const policy = parseInput(RetentionInput, input, 'retention');
  const at = deps.now();
  await deps.db.transaction(async (tx) => {
    const before = await findRetentionPolicy(tx, staff.municipalityId);
    await setRetentionPolicy(tx, staff.municipalityId, policy);
    await recordAuditEvent(
      tx,
      {
        municipalityId: staff.municipalityId,
        actorUserId: staff.id,
        actor: staff.email,
        action: 'retention_changed',
        subject: `municipality:${staff.municipalityId}`,
        detail: { before, after: policy },
      },
      at,
    );
  });
}
