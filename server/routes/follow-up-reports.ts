import express, { Router, type Request, type Response } from 'express';
import { staffEvent } from '../../core/audit/staff-actor';
import { NotFound } from '../../core/errors';
import { Locale } from '../../core/indicators/indicator-definition';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { findMunicipality } from '../../db/repositories/municipalities';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { renderReportPrint } from '../pages/report-print';
import { yearParam } from '../http/year-param';
import type { ReportPdf, ReportPdfs } from '../reports/report-pdfs';
import {
  adoptFollowUpReport,
  loadReportForStaff,
  saveReportTexts,
  type ReportView,
  ReportTexts,
} from '../use-cases/follow-up-reports';
import { described } from '../openapi/described';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ReportRouteDeps = SessionDeps & {
  db: Db;
  instruments: InstrumentCache;
  pdfs: ReportPdfs;
  publicUrl: string;
};

/** ?lang=da|nb|en, else the municipality's own language. */
export function localeOf(req: Request, country: 'dk' | 'no'): Locale {
  const asked = Locale.safeParse(req.query.lang);
  return asked.success ? asked.data : country === 'no' ? 'nb' : 'da';
}

/**
 * Sends a report's PDF. An adopted one carries its SHA-256 as ETag, so a browser that has it gets
 * 304; `cache` says who may keep it and how long.
 */
export function sendReportPdf(
  res: Response,
  { pdf, sha256 }: ReportPdf,
  fileName: string,
  cache?: string,
): void {
  if (sha256) res.set('ETag', `"${sha256}"`);
  if (sha256 && cache) res.set('Cache-Control', cache);
  res.type('application/pdf').attachment(fileName).send(pdf);
}

export const pdfFileName = (view: ReportView, locale: Locale) =>
  `${view.report.municipality.slug}-${view.report.year}-${view.status}-${locale}.pdf`;

/** The yearly follow-up report (opfølgningsredegørelse): read, written, adopted, printed. */
export function followUpReportRoutes(deps: ReportRouteDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  const json = express.json({ limit: '256kb' });
  const useCase = { db: deps.db, instruments: deps.instruments, now: deps.now };
  router.param('contractId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no contract ${value}`)),
  );
  const yearOf = (req: Request) => yearParam(req.params.year as string);
  const base = '/dashboard/contracts/:contractId/reports/:year';
  const localeFor = async (req: Request, municipalityId: string) =>
    localeOf(req, (await findMunicipality(deps.db, municipalityId))!.country);

  // The staff page moved into the app; a bookmark lands on the same report there.
  router.get(base, (req, res) => {
    const { contractId, year } = req.params as Record<string, string>;
    res.redirect(
      302,
      `/app/contracts/${encodeURIComponent(contractId!)}/report/${encodeURIComponent(year!)}`,
    );
  });
  router.get(`${base}/pdf`, page, async (req, res) => {
    const staff = staffOf(res);
    const view = await loadReportForStaff(useCase, staff, req.params.contractId as string, yearOf(req));
    const locale = await localeFor(req, staff.municipalityId);
    const pdf = await deps.pdfs.pdfOf(view, locale, deps.publicUrl);
    const contractId = req.params.contractId as string;
    const detail = { export: 'follow-up report', format: 'pdf', status: view.status, year: view.report.year };
    const event = staffEvent(staff, 'export_downloaded', `report:${contractId}/${view.report.year}`, detail);
    await recordAuditEvent(deps.db, event, deps.now());
    sendReportPdf(res, pdf, pdfFileName(view, locale));
  });
  // The document as the PDF has it, for the browser to print or read: what the draft says today.
  router.get(`${base}/print`, page, async (req, res) => {
    const staff = staffOf(res);
    const view = await loadReportForStaff(useCase, staff, req.params.contractId as string, yearOf(req));
    const locale = await localeFor(req, staff.municipalityId);
    res.type('html').send(renderReportPrint(view, locale, 'linked'));
  });

  const apiBase = '/api/contracts/:contractId/reports/:year';
  router.get(apiBase, api, async (req, res) => {
    res.json(await loadReportForStaff(useCase, staffOf(res), req.params.contractId as string, yearOf(req)));
  });
  router.put(`${apiBase}/texts`, api, json, described({ body: ReportTexts }), async (req, res) => {
    await saveReportTexts(useCase, staffOf(res), req.params.contractId as string, yearOf(req), req.body);
    res.status(204).end();
  });
  router.post(`${apiBase}/adopt`, api, async (req, res) => {
    res
      .status(201)
      .json(await adoptFollowUpReport(useCase, staffOf(res), req.params.contractId as string, yearOf(req)));
  });
  return router;
}
