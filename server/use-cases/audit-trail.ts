import { AUDIT_PAGE_SIZE, AuditFilter } from '../../core/audit/audit-filter';
import type { AuditAction } from '../../core/audit/audit-action';
import { staffEvent } from '../../core/audit/staff-actor';
import { Forbidden } from '../../core/errors';
import { administersUsers } from '../../core/staff/staff-input';
import type { Db } from '../../db/database';
import { listAuditEvents, recordAuditEvent, type StoredAuditEvent } from '../../db/repositories/audit-events';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';

/** The most rows one CSV holds: a narrower filter (a date range) gets the rest. */
export const AUDIT_EXPORT_LIMIT = 100_000;

/** An event as administrators read it. */
export interface AuditEventView {
  id: number;
  at: string;
  /** Not of one municipality: a published instrument, a sign-in with an e-mail nobody has. */
  installationWide: boolean;
  actor: string;
  action: AuditAction;
  subject: string | null;
  address: string | null;
  detail: Record<string, unknown>;
}

export interface AuditTrailPage {
  filter: AuditFilter;
  events: AuditEventView[];
  total: number;
  page: number;
  pageSize: number;
}

/** The filter as a query: from the first day's midnight up to (not including) the one after the last (UTC). */
function queryOf(filter: AuditFilter) {
  return {
    action: filter.action,
    actor: filter.actor,
    from: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
    before: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) : undefined,
  };
}

const viewOf = (e: StoredAuditEvent): AuditEventView => ({
  id: e.id,
  at: e.at.toISOString(),
  installationWide: e.municipalityId === null,
  actor: e.actor,
  action: e.action,
  subject: e.subject,
  address: e.address,
  detail: e.detail,
});

/** The trail says who did what to the whole municipality: its administrators read it, no one else. */
function assertReadsAuditTrail(staff: StaffUser): void {
  if (!administersUsers(staff))
    throw new Forbidden('Only administrators of the whole municipality read the audit trail');
}

/** One page of the municipality's trail (and the installation's), newest first. */
export async function loadAuditTrail(db: Db, staff: StaffUser, input: unknown): Promise<AuditTrailPage> {
  assertReadsAuditTrail(staff);
  const filter = parseInput(AuditFilter, input, 'audit filter');
  const offset = (filter.page - 1) * AUDIT_PAGE_SIZE;
  const { events, total } = await listAuditEvents(db, staff.municipalityId, {
    ...queryOf(filter),
    offset,
    limit: AUDIT_PAGE_SIZE,
  });
  return { filter, events: events.map(viewOf), total, page: filter.page, pageSize: AUDIT_PAGE_SIZE };
}

/**
 * Every event the filter matches (up to AUDIT_EXPORT_LIMIT), for a download; the download itself
 * is then on the trail, with the filter it used, so a copy that leaves Målbar is accounted for.
 */
export async function exportAuditTrail(
  db: Db,
  staff: StaffUser,
  input: unknown,
  at: Date,
): Promise<{ filter: AuditFilter; events: AuditEventView[] }> {
  assertReadsAuditTrail(staff);
  const filter = parseInput(AuditFilter, input, 'audit filter');
  const { events } = await listAuditEvents(db, staff.municipalityId, {
    ...queryOf(filter),
    offset: 0,
    limit: AUDIT_EXPORT_LIMIT,
  });
  const { page: _page, ...asked } = filter;
  const detail = { filter: asked, rows: events.length };
  await recordAuditEvent(
    db,
    staffEvent(staff, 'audit_trail_exported', `municipality:${staff.municipalityId}`, detail),
    at,
  );
  return { filter, events: events.map(viewOf) };
}
