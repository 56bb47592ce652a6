import type { AuditEvent } from '../../core/audit/audit-action';
import type { DbOrTx } from '../database';
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
