import type { ExportTable } from '../../core/exports/export-table';
import type { AuditEventView } from '../use-cases/audit-trail';

/**
 * The trail as a table: one row per event, its detail as JSON (ids, names and counts). Every text
 * goes through csvText's formula guard, so an e-mail typed as "=cmd|…" stays text.
 */
export function auditTrailTable(events: AuditEventView[]): ExportTable {
  return {
    title: 'Audit trail',
    headers: ['Time (UTC)', 'Scope', 'Actor', 'Action', 'Subject', 'Address', 'Detail'],
    rows: events.map((e) => [
      e.at,
      e.installationWide ? 'installation-wide' : 'municipality',
      e.actor,
      e.action,
      e.subject,
      e.address,
      JSON.stringify(e.detail),
    ]),
  };
}
