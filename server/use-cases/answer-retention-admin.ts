import { z } from 'zod';
import {
  RETENTION_LIMITS,
  retentionDates,
  type RetentionDates,
  type RetentionPolicy,
} from '../../core/retention/answer-retention';
import { previewDeletesAnything } from '../../core/retention/retention-preview';
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
import {
  confirmationRequired,
  deletionCounts,
  previewView,
  retentionChangeIn,
  type RetentionPreviewView,
} from './retention-change-preview';

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

const periods = {
  answersKeptYears: whole('answersKeptYears', 'years'),
  commentsKeptMonths: whole('commentsKeptMonths', 'months'),
};

/** POST /api/admin/retention/preview: the periods as the administrator is entering them. */
export const RetentionPreviewInput = z.object(periods).strict();

/** PUT /api/admin/retention: the periods, with `confirm: true` when saving them deletes something. */
export const RetentionInput = z
  .object({ ...periods, confirm: z.boolean('true or false').optional() })
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

/** What the entered periods would delete at the next sweep; nothing is saved. */
export async function previewRetention(
  deps: { db: Db; now: () => Date },
  staff: StaffUser,
  input: unknown,
): Promise<RetentionPreviewView> {
  assertAdministers(staff);
  const proposed = parseInput(RetentionPreviewInput, input, 'retention');
  const { preview } = await retentionChangeIn(deps.db, staff.municipalityId, proposed, deps.now());
  return previewView(preview);
}

/**
 * Sets the periods; the worker's next sweep applies them. A change that makes anything due that
 * is kept now is refused (409, with what would go) unless confirmed: the administrator sees the
 * rounds before they are lost. Checked in the transaction that saves, so what was confirmed is
 * what the saved policy deletes. In the audit trail: before, after, and what the confirmation covered.
 */
export async function saveRetention(
  deps: { db: Db; now: () => Date },
  staff: StaffUser,
  input: unknown,
): Promise<void> {
  assertAdministers(staff);
  const { confirm, ...policy } = parseInput(RetentionInput, input, 'retention');
  const at = deps.now();
  await deps.db.transaction(async (tx) => {
    const { before, preview } = await retentionChangeIn(tx, staff.municipalityId, policy, at);
    const deletes = previewDeletesAnything(preview);
    if (deletes && confirm !== true) throw confirmationRequired(preview);
    await setRetentionPolicy(tx, staff.municipalityId, policy);
    await recordAuditEvent(
      tx,
      {
        municipalityId: staff.municipalityId,
        actorUserId: staff.id,
        actor: staff.email,
        action: 'retention_changed',
        subject: `municipality:${staff.municipalityId}`,
        // Counts only: how much the administrator agreed to delete; which rounds, the trail need not say.
        detail: { before, after: policy, ...(deletes ? { confirmed: deletionCounts(preview) } : {}) },
      },
      at,
    );
  });
}
