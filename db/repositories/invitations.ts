import { and, eq, inArray, isNotNull, isNull, like, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../database';
import { orgUnits, rounds, tokenBatches, tokenInvitations } from '../schema';

export type InvitationLang = 'da' | 'nb' | 'en';

export interface NewInvitation {
  /** The token's position in its batch. */
  position: number;
  email: string;
  /** The token code sealed with the installation's secret (sealCodeForMail). */
  sealedCode: string;
  lang: InvitationLang;
}

/** The invitations of a new token batch, not sent yet: the worker sends them. */
export async function createInvitations(
  db: DbOrTx,
  batchId: string,
  invitations: NewInvitation[],
): Promise<void> {
  for (let from = 0; from < invitations.length; from += 1000) {
    await db
      .insert(tokenInvitations)
      .values(invitations.slice(from, from + 1000).map((invitation) => ({ batchId, ...invitation })));
  }
}

export interface ReminderPolicy {
  now: Date;
  reminderIntervalDays: number;
  maxReminders: number;
}

/**
 * Due: the round is open today, and the invitation was never sent, or its token is still unspent
 * (bit `position` of the batch), its last mail is older than the interval and reminders are left.
 */
function isDue({ now, reminderIntervalDays, maxReminders }: ReminderPolicy): SQL {
  const today = now.toISOString().slice(0, 10);
  const cutoff = new Date(now.getTime() - reminderIntervalDays * 86_400_000).toISOString();
  return sql`${rounds.opensOn} <= ${today}::date and ${rounds.closesOn} >= ${today}::date and (
    ${tokenInvitations.invitedAt} is null
    or (get_bit(${tokenBatches.spent}, ${tokenInvitations.position}) = 0
      and ${tokenInvitations.remindersSent} < ${maxReminders}
      and ${tokenInvitations.lastSentAt} < ${cutoff}::timestamptz))`;
}

/** The rounds that have an invitation or a reminder to send now. */
export async function listRoundsWithDueInvitations(db: DbOrTx, policy: ReminderPolicy): Promise<string[]> {
  const rows = await db
    .selectDistinct({ roundId: tokenBatches.roundId })
    .from(tokenInvitations)
    .innerJoin(tokenBatches, eq(tokenBatches.id, tokenInvitations.batchId))
    .innerJoin(rounds, eq(rounds.id, tokenBatches.roundId))
    .where(isDue(policy));
  return rows.map((r) => r.roundId);
}

export interface DueInvitation {
  batchId: string;
  position: number;
  email: string;
  sealedCode: string;
  lang: InvitationLang;
  /** 'invitation' when nothing has been sent yet. */
  kind: 'invitation' | 'reminder';
  remindersSent: number;
  lastSentAt: Date | null;
  /** The unit the token belongs to, and its parent (a class's school), to name them in the mail. */
  unit: { kind: string; name: string; parentName: string | null };
}

/** Up to `limit` invitations and reminders of one round to send now, in key order from `after` on. */
export async function listDueInvitations(
  db: DbOrTx,
  roundId: string,
  policy: ReminderPolicy,
  after?: { batchId: string; position: number },
  limit = 200,
): Promise<DueInvitation[]> {
  const parents = alias(orgUnits, 'parent');
  const rows = await db
    .select({
      batchId: tokenInvitations.batchId,
      position: tokenInvitations.position,
      email: tokenInvitations.email,
      sealedCode: tokenInvitations.sealedCode,
      lang: tokenInvitations.lang,
      invitedAt: tokenInvitations.invitedAt,
      remindersSent: tokenInvitations.remindersSent,
      lastSentAt: tokenInvitations.lastSentAt,
      unit: { kind: orgUnits.kind, name: orgUnits.name, parentName: parents.name },
    })
    .from(tokenInvitations)
    .innerJoin(tokenBatches, eq(tokenBatches.id, tokenInvitations.batchId))
    .innerJoin(rounds, eq(rounds.id, tokenBatches.roundId))
    .innerJoin(orgUnits, eq(orgUnits.id, tokenBatches.unitId))
    .leftJoin(parents, eq(parents.id, orgUnits.parentId))
    .where(
      and(
        eq(tokenBatches.roundId, roundId),
        isDue(policy),
        after
          ? sql`(${tokenInvitations.batchId}, ${tokenInvitations.position}) > (${after.batchId}::uuid, ${after.position}::int)`
          : undefined,
      ),
    )
    .orderBy(tokenInvitations.batchId, tokenInvitations.position)
    .limit(limit);
  return rows.map(({ invitedAt, ...row }) => ({
    ...row,
    kind: invitedAt === null ? 'invitation' : 'reminder',
  }));
}

/**
 * The invitation as it was when it was listed: nobody has sent it since, and for a reminder, its
 * token is still unspent (the respondent may have answered in the meantime).
 */
const unchangedSince = (invitation: DueInvitation) =>
  and(
    eq(tokenInvitations.batchId, invitation.batchId),
    eq(tokenInvitations.position, invitation.position),
    invitation.kind === 'invitation'
      ? isNull(tokenInvitations.invitedAt)
      : and(
          isNotNull(tokenInvitations.invitedAt),
          eq(tokenInvitations.remindersSent, invitation.remindersSent),
          sql`exists (select 1 from ${tokenBatches} where ${tokenBatches.id} = ${tokenInvitations.batchId}
            and get_bit(${tokenBatches.spent}, ${tokenInvitations.position}) = 0)`,
        ),
  );

/**
 * Records the mail as sent, before it is sent: false when another run got there first, so two
 * workers never send the same mail. A failed send is recorded back with undoInvitationSent.
 */
export async function markInvitationSent(db: DbOrTx, invitation: DueInvitation, now: Date): Promise<boolean> {
  const rows = await db
    .update(tokenInvitations)
    .set({
      invitedAt: sql`coalesce(${tokenInvitations.invitedAt}, ${now.toISOString()}::timestamptz)`,
      remindersSent: invitation.remindersSent + (invitation.kind === 'reminder' ? 1 : 0),
      lastSentAt: now,
    })
    .where(unchangedSince(invitation))
    .returning({ position: tokenInvitations.position });
  return rows.length > 0;
}

/** After a failed send: the invitation is due again (it was marked sent at `sentAt`). */
export async function undoInvitationSent(db: DbOrTx, invitation: DueInvitation, sentAt: Date): Promise<void> {
  await db
    .update(tokenInvitations)
    .set(
      invitation.kind === 'invitation'
        ? { invitedAt: null, lastSentAt: null }
        : { remindersSent: invitation.remindersSent, lastSentAt: invitation.lastSentAt },
    )
    .where(
      and(
        eq(tokenInvitations.batchId, invitation.batchId),
        eq(tokenInvitations.position, invitation.position),
        eq(tokenInvitations.lastSentAt, sentAt),
      ),
    );
}

export interface InvitationCounts {
  /** Addresses an invitation has been sent to. */
  invited: number;
  /** Invitations not sent yet (the round has not opened, or the worker has not got to them). */
  waiting: number;
  remindersSent: number;
}

/** How many invitations and reminders went out for a round's units within a scope: counts only. */
export async function countInvitations(
  db: DbOrTx,
  roundId: string,
  scopeUnitPath: string,
): Promise<InvitationCounts> {
  const [row] = await db
    .select({
      invited: sql<number>`count(${tokenInvitations.invitedAt})::int`,
      waiting: sql<number>`(count(*) - count(${tokenInvitations.invitedAt}))::int`,
      remindersSent: sql<number>`coalesce(sum(${tokenInvitations.remindersSent}), 0)::int`,
    })
    .from(tokenInvitations)
    .innerJoin(tokenBatches, eq(tokenBatches.id, tokenInvitations.batchId))
    .innerJoin(orgUnits, eq(orgUnits.id, tokenBatches.unitId))
    .where(and(eq(tokenBatches.roundId, roundId), like(orgUnits.path, `${scopeUnitPath}%`)));
  return {
    invited: Number(row?.invited ?? 0),
    waiting: Number(row?.waiting ?? 0),
    remindersSent: Number(row?.remindersSent ?? 0),
  };
}

/**
 * Data minimisation: an address is kept only while it may be needed for a reminder, so every
 * invitation of a round that closed before `today` is deleted. Returns how many were.
 */
export async function deleteInvitationsOfClosedRounds(db: DbOrTx, today: string): Promise<number> {
  const closedBatches = db
    .select({ id: tokenBatches.id })
    .from(tokenBatches)
    .innerJoin(rounds, eq(rounds.id, tokenBatches.roundId))
    .where(sql`${rounds.closesOn} < ${today}::date`);
  const deleted = await db
    .delete(tokenInvitations)
    .where(inArray(tokenInvitations.batchId, closedBatches))
    .returning({ position: tokenInvitations.position });
  return deleted.length;
}
