import { and, asc, eq, gt, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { RetentionPolicy } from '../../core/retention/answer-retention';
import type { Db, DbOrTx } from '../database';
import { recordAuditEvent } from './audit-events';
import { followUpReports } from '../schema/contracts';
import { municipalities } from '../schema/organisation';
import { instrumentVersions, recomputeRequests, responses, rounds } from '../schema/surveys';

export interface RoundForRetention {
  roundId: string;
  municipalityId: string;
  title: unknown;
  closesOn: string;
  reportAdoptedOn: string | null;
  commentsDeletedOn: string | null;
  answersDeletedOn: string | null;
  /** The round's instrument definition: where its free-text questions are. */
  survey: unknown;
}

/**
 * Rounds (of one municipality, or all; only those closed before `closedBefore` when given), with
 * the adoption of the last follow-up report of their year (the year a round opens, as the reports
 * count it: reportYearOf): what retention is counted from.
 */
export async function listRoundsForRetention(
  db: DbOrTx,
  filter: { closedBefore?: string; municipalityId?: string },
): Promise<RoundForRetention[]> {
  const { closedBefore, municipalityId } = filter;
  const adopted = sql<string | null>`(
    select to_char(max(${followUpReports.adoptedAt}) at time zone 'UTC', 'YYYY-MM-DD')
    from ${followUpReports}
    where ${followUpReports.municipalityId} = ${rounds.municipalityId}
      and ${followUpReports.status} = 'adopted'
      and ${followUpReports.year} = extract(year from ${rounds.opensOn})::int)`;
  return db
    .select({
      roundId: rounds.id,
      municipalityId: rounds.municipalityId,
      title: rounds.title,
      closesOn: rounds.closesOn,
      reportAdoptedOn: adopted,
      commentsDeletedOn: rounds.commentsDeletedOn,
      answersDeletedOn: rounds.answersDeletedOn,
      survey: instrumentVersions.survey,
    })
    .from(rounds)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, rounds.instrumentVersionId))
    .where(
      and(
        closedBefore === undefined ? undefined : lt(rounds.closesOn, closedBefore),
        municipalityId === undefined ? undefined : eq(rounds.municipalityId, municipalityId),
      ),
    )
    .orderBy(asc(rounds.closesOn), asc(rounds.id));
}

export async function findRetentionPolicy(db: DbOrTx, municipalityId: string): Promise<RetentionPolicy> {
  const [row] = await db
    .select({
      answersKeptYears: municipalities.answersKeptYears,
      commentsKeptMonths: municipalities.commentsKeptMonths,
    })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  if (!row) throw new Error(`no municipality ${municipalityId}`);
  return row;
}

export async function listRetentionPolicies(db: DbOrTx): Promise<Map<string, RetentionPolicy>> {
  const rows = await db
    .select({
      id: municipalities.id,
      answersKeptYears: municipalities.answersKeptYears,
      commentsKeptMonths: municipalities.commentsKeptMonths,
    })
    .from(municipalities);
  return new Map(rows.map(({ id, ...policy }) => [id, policy]));
}

export async function setRetentionPolicy(db: DbOrTx, municipalityId: string, policy: RetentionPolicy) {
  await db.update(municipalities).set(policy).where(eq(municipalities.id, municipalityId));
}

/**
 * Deletes a round's raw answers (and its pending recompute markers) and marks the round, in one
 * transaction: a round is never left half deleted. Returns how many responses went.
 */
export async function deleteRoundAnswers(
  db: Db,
  round: { roundId: string; municipalityId: string },
  at: Date,
): Promise<number> {
  const roundId = round.roundId;
  const today = at.toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    // Marked first: a recompute or release that starts now sees the mark and leaves the round alone.
    const marked = await tx
      .update(rounds)
      .set({ answersDeletedOn: today })
      .where(and(eq(rounds.id, roundId), isNull(rounds.answersDeletedOn)))
      .returning({ id: rounds.id });
    if (marked.length === 0) return 0;
    await tx.delete(recomputeRequests).where(eq(recomputeRequests.roundId, roundId));
    const gone = await tx
      .delete(responses)
      .where(eq(responses.roundId, roundId))
      .returning({ id: responses.id });
    // What a data protection officer asks: which round's answers went, when, how many.
    await recordAuditEvent(
      tx,
      {
        municipalityId: round.municipalityId,
        actorUserId: null,
        actor: 'system',
        action: 'answers_deleted',
        subject: `round:${roundId}`,
        detail: { responses: gone.length },
      },
      at,
    );
    return gone.length;
  });
}

/** A batch of a round's responses with their answers, after `afterId` in id order. */
export async function listRoundAnswersAfter(
  db: DbOrTx,
  roundId: string,
  afterId: string | null,
  limit: number,
): Promise<{ id: string; answers: unknown }[]> {
  return db
    .select({ id: responses.id, answers: responses.answers })
    .from(responses)
    .where(and(eq(responses.roundId, roundId), afterId === null ? undefined : gt(responses.id, afterId)))
    .orderBy(asc(responses.id))
    .limit(limit);
}

/** Writes answers that lost their free text; one statement per batch. */
export async function rewriteAnswers(db: DbOrTx, rows: { id: string; answers: unknown }[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  const texts = rows.map((r) => JSON.stringify(r.answers));
  await db.execute(sql`
    update ${responses} set answers = changed.answers::jsonb
    from unnest(${sql.param(ids)}::uuid[], ${sql.param(texts)}::text[]) as changed(id, answers)
    where ${responses.id} = changed.id`);
}

export async function markCommentsDeleted(db: DbOrTx, roundId: string, today: string): Promise<void> {
  await db
    .update(rounds)
    .set({ commentsDeletedOn: today })
    .where(and(eq(rounds.id, roundId), isNull(rounds.commentsDeletedOn)));
}

/** Whether retention has deleted a round's answers (then nothing may recompute or release it). */
export async function roundAnswersDeleted(db: DbOrTx, roundId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(eq(rounds.id, roundId), isNotNull(rounds.answersDeletedOn)));
  return row !== undefined;
}
