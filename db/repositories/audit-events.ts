import { and, count, desc, eq, gte, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditEvent } from '../../core/audit/audit-action';
import type { Db, DbOrTx } from '../database';
import { auditEvents } from '../schema';

/**
 * Appends one event. Pass the transaction that makes the change when there is one: the change and
 * its trail entry are kept or lost together.
 */
export async function recordAuditEvent(db: DbOrTx, event: AuditEvent, at: Date): Promise<void> {
  await db.insert(auditEvents).values({
    at,
    municipalityId: event.municipalityId,
    actorUserId: event.actorUserId,
    actor: event.actor,
    action: event.action,
    subject: event.subject ?? null,
    address: event.address ?? null,
    detail: event.detail ?? {},
  });
}

/** An event as administrators read it; `municipalityId` null marks an installation-wide one. */
export interface StoredAuditEvent extends Required<Omit<AuditEvent, 'subject' | 'address'>> {
  id: number;
  at: Date;
  subject: string | null;
  address: string | null;
}

export interface AuditQuery {
  action?: AuditAction;
  /** Part of the actor's e-mail, lower case. */
  actor?: string;
  from?: Date;
  before?: Date;
  offset: number;
  limit: number;
}

// An actor filter is a substring, never a pattern: %, _ and \ typed are matched as themselves.
const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One municipality's events and the installation-wide ones, newest first, with how many match in
 * all. Another municipality's events are never read.
 */
export async function listAuditEvents(
  db: DbOrTx,
  municipalityId: string,
  query: AuditQuery,
): Promise<{ events: StoredAuditEvent[]; total: number }> {
  const where: SQL[] = [
    or(eq(auditEvents.municipalityId, municipalityId), isNull(auditEvents.municipalityId))!,
  ];
  if (query.action) where.push(eq(auditEvents.action, query.action));
  if (query.actor) where.push(ilike(auditEvents.actor, likeText(query.actor)));
  if (query.from) where.push(gte(auditEvents.at, query.from));
  if (query.before) where.push(lt(auditEvents.at, query.before));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(query.limit)
    .offset(query.offset);
  const [counted] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(...where));
  return {
    events: rows.map((r) => ({ ...r, action: r.action as AuditAction })),
    total: counted!.n,
  };
}

/**
 * The retention purge: deletes the events older than `cutOff`, and nothing else. The table's
 * trigger (migration 0019) refuses any DELETE unless malbar.audit_purge is set in the same
 * transaction, and then only of rows older than the moment it names.
 */
export async function purgeAuditEvents(db: Db, cutOff: Date): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('malbar.audit_purge', ${cutOff.toISOString()}, true)`);
    // Counted in the database: a first purge after years may delete millions of rows.
    const result = (await tx.execute(
      sql`with gone as (delete from ${auditEvents} where ${auditEvents.at} < ${cutOff.toISOString()} returning 1)
          select count(*)::int as n from gone`,
    )) as unknown as { rows: { n: number }[] };
    return result.rows[0]!.n;
  });
}
