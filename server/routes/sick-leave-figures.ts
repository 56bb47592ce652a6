import { Router } from 'express';
import { z } from 'zod';
import { staffEvent } from '../../core/audit/staff-actor';
import { Locale } from '../../core/indicators/indicator-definition';
import { GRANULARITIES } from '../../core/sick-leave/figures-periods';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { SICK_LEAVE_EXPORT_WORDS } from '../exports/sick-leave-export-words';
import { sickLeaveExportTable } from '../exports/sick-leave-table';
import { EXPORT_FORMATS, sendTable } from '../exports/send-table';
import { parseInput } from '../http/parse';
import { loadSickLeaveTable } from '../use-cases/sick-leave-figures';
import { described } from '../openapi/described';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month such as 2025-03');

export const SickLeaveQuery = z.object({
  unitId: z.string().regex(UUID, 'a unit id').optional(),
  from: Month.optional(),
  to: Month.optional(),
  granularity: z.enum(GRANULARITIES).default('month'),
});

export const SickLeaveExportQuery = SickLeaveQuery.extend({ lang: Locale.default('en') });

/**
 * Sick-leave figures for staff: the JSON the app's table and chart read, and the same table as a
 * CSV or XLSX download (built from the same use case, so it hides what the screen hides).
 */
export function sickLeaveFigureRoutes(deps: SessionDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  router.get('/api/sick-leave', api, described({ query: SickLeaveQuery }), async (req, res) => {
    const ask = parseInput(SickLeaveQuery, req.query, 'sick-leave query');
    res.json(await loadSickLeaveTable(deps.db, staffOf(res), ask));
  });
  for (const format of EXPORT_FORMATS)
    router.get(
      `/api/exports/sick-leave.${format}`,
      api,
      described({ query: SickLeaveExportQuery }),
      async (req, res) => {
        const { lang, ...ask } = parseInput(SickLeaveExportQuery, req.query, 'export query');
        const staff = staffOf(res);
        const data = await loadSickLeaveTable(deps.db, staff, ask);
        const table = sickLeaveExportTable(data, lang);
        const detail = {
          export: table.title,
          format,
          rows: table.rows.length,
          scope: data.unit.name,
          granularity: data.granularity,
          ...(ask.from ? { from: ask.from } : {}),
          ...(ask.to ? { to: ask.to } : {}),
        };
        const event = staffEvent(staff, 'export_downloaded', `unit:${data.unit.id}`, detail);
        await recordAuditEvent(deps.db, event, deps.now());
        const words = SICK_LEAVE_EXPORT_WORDS[lang];
        const nameParts = [
          words.fileName,
          data.unit.name,
          words.granularities[data.granularity],
          data.lastMonth ?? '',
        ];
        await sendTable(res, table, { format, locale: lang, nameParts });
      },
    );
  return router;
}
