import { Router, type Request } from 'express';
import { z } from 'zod';
import type { ExportTable } from '../../core/exports/export-table';
import { staffEvent } from '../../core/audit/staff-actor';
import { NotFound } from '../../core/errors';
import { Locale } from '../../core/indicators/indicator-definition';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import type { StaffUser } from '../../db/repositories/staff';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { contractOverviewTable } from '../exports/contract-overview-table';
import { goalStatusTable } from '../exports/goal-status-table';
import { EXPORT_FORMATS, sendTable } from '../exports/send-table';
import { indicatorDetailTable } from '../exports/indicator-detail-table';
import { unitIndicatorsTable } from '../exports/unit-indicators-table';
import { parseInput } from '../http/parse';
import { loadContractOverview } from '../use-cases/contract-overview';
import { loadGoalOverview, WHOLE_TREE } from '../use-cases/goal-overview';
import { loadIndicatorDetail } from '../use-cases/indicator-detail';
import { loadUnitIndicators } from '../use-cases/unit-indicators';
import { described } from '../openapi/described';

export type ExportDeps = SessionDeps & { db: Db; instruments: InstrumentCache; now: () => Date };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ExportQuery = z.object({
  lang: Locale.default('en'),
  year: z
    .string()
    .regex(/^\d{4}$/, 'a year such as 2026')
    .transform(Number)
    .optional(),
});
type ExportQuery = z.infer<typeof ExportQuery>;

/** What one export builds: the table, the words its file is named after, and what it is of (the trail's subject). */
type BuildExport = (
  req: Request,
  staff: StaffUser,
  query: ExportQuery,
) => Promise<{ table: ExportTable; nameParts: string[]; subject: string; detail?: Record<string, unknown> }>;

/**
 * The dashboard's tables as CSV and XLSX downloads. Each is built from the same use case as the
 * JSON its screen reads, so the scope and the anonymity suppression are the screen's.
 */
export function exportRoutes(deps: ExportDeps): Router {
  const router = Router();
  // Ids in URLs are uuids; anything else is an unknown unit or contract, not a database error.
  for (const name of ['unitId', 'contractId'])
    router.param(name, (_req, _res, next, value: string) =>
      next(UUID.test(value) ? undefined : new NotFound(`There is no ${name.slice(0, -2)} ${value}`)),
    );
  const api = requireStaff(deps, 'api');
  for (const [path, build] of Object.entries(exportBuilders(deps)))
    for (const format of EXPORT_FORMATS)
      router.get(`${path}.${format}`, api, described({ query: ExportQuery }), async (req, res) => {
        const query = parseInput(ExportQuery, req.query, 'export query');
        const staff = staffOf(res);
        const { table, nameParts, subject, detail } = await build(req, staff, query);
        // Built means allowed and in scope: the download is on the trail before a byte is sent.
        const what = { export: table.title, format, rows: table.rows.length, ...detail };
        await recordAuditEvent(deps.db, staffEvent(staff, 'export_downloaded', subject, what), deps.now());
        await sendTable(res, table, { format, locale: query.lang, nameParts });
      });
  return router;
}

/** Each export's path (without the format) and how it builds its table from the screen's use case. */
function exportBuilders(deps: ExportDeps): Record<string, BuildExport> {
  const today = () => deps.now().toISOString().slice(0, 10);
  return {
    '/api/exports/goals': async (_req, staff, { lang }) => {
      const overview = await loadGoalOverview(deps.db, deps.instruments, staff, WHOLE_TREE);
      const table = goalStatusTable(overview, lang);
      const { municipality } = overview;
      return {
        table,
        nameParts: [table.title, municipality.name, today()],
        subject: `municipality:${staff.municipalityId}`,
        detail: { scope: municipality.name },
      };
    },
    '/api/exports/units/:unitId/indicators': async (req, staff, { lang }) => {
      const unitId = req.params.unitId as string;
      const data = await loadUnitIndicators(deps.db, deps.instruments, staff, unitId);
      const table = unitIndicatorsTable(data, lang);
      return {
        table,
        nameParts: [table.title, data.unit.name, today()],
        subject: `unit:${unitId}`,
        detail: { scope: data.unit.name },
      };
    },
    '/api/exports/units/:unitId/indicators/:instrumentKey/:indicatorKey': async (req, staff, { lang }) => {
      const ask = {
        unitId: req.params.unitId as string,
        instrumentKey: req.params.instrumentKey as string,
        indicatorKey: req.params.indicatorKey as string,
      };
      const detail = await loadIndicatorDetail(deps.db, deps.instruments, staff, ask);
      const table = indicatorDetailTable(detail, lang);
      return {
        table,
        nameParts: [detail.indicator.label[lang], detail.unit.name, today()],
        subject: `unit:${ask.unitId}`,
        detail: { scope: detail.unit.name, indicator: `${ask.instrumentKey}/${ask.indicatorKey}` },
      };
    },
    '/api/exports/contracts/:contractId/overview': async (req, staff, { lang, year }) => {
      const contractId = req.params.contractId as string;
      const report = await loadContractOverview(deps, staff, contractId, year ?? null);
      return {
        table: contractOverviewTable(report, lang),
        nameParts: [report.contract.title, String(report.year)],
        subject: `contract:${contractId}`,
        detail: { scope: report.contract.title, year: report.year },
      };
    },
  };
}
