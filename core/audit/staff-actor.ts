import type { AuditAction, AuditEvent } from './audit-action';

/** Who did what jobs do on their own: a sweep, a start-up, a release at a round's close. */
export const SYSTEM_ACTOR = 'system';

/** What an event needs to know of the staff member who caused it. */
export interface AuditActor {
  id: string;
  municipalityId: string;
  email: string;
}

/** An event caused by a staff member, in their municipality, named by their e-mail as it is now. */
export function staffEvent(
  staff: AuditActor,
  action: AuditAction,
  subject: string,
  detail: Record<string, unknown> = {},
): AuditEvent {
  return {
    municipalityId: staff.municipalityId,
    actorUserId: staff.id,
    actor: staff.email,
    action,
    subject,
    detail,
  };
}

/** An event a job caused on its own: in a municipality, or installation-wide (null). */
export function systemEvent(
  municipalityId: string | null,
  action: AuditAction,
  subject: string,
  detail: Record<string, unknown> = {},
): AuditEvent {
  return { municipalityId, actorUserId: null, actor: SYSTEM_ACTOR, action, subject, detail };
}
