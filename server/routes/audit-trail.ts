import { Router, type Request, type Response } from 'express';
import { Locale } from '../../core/indicators/indicator-definition';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { auditTrailTable } from '../exports/audit-trail-table';
import { sendTable } from '../exports/send-table';
import { exportAuditTrail, loadAuditTrail } from '../use-cases/audit-trail';
import { described } from '../openapi/described';
import { AuditFilter } from '../../core/audit/audit-filter';

/** The audit trail for the municipality's administrators: JSON (the app's screen) and a CSV download. */
export function auditTrailRoutes(deps: SessionDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');

  const sendCsv = async (req: Request, res: Response) => {
    const { events } = await exportAuditTrail(deps.db, staffOf(res), req.query, deps.now());
    const asked = Locale.safeParse(req.query.lang);
    const locale = asked.success ? asked.data : 'en';
    const nameParts = ['audit-trail', deps.now().toISOString().slice(0, 10)];
    await sendTable(res, auditTrailTable(events), { format: 'csv', locale, nameParts });
  };

  router.get('/api/admin/audit.csv', api, described({ query: AuditFilter }), sendCsv);
  router.get('/api/admin/audit', api, described({ query: AuditFilter }), async (req, res) => {
    if (req.query.format === 'csv') return sendCsv(req, res);
    res
      .set('Cache-Control', 'private, no-store')
      .json(await loadAuditTrail(deps.db, staffOf(res), req.query));
  });
  return router;
}
