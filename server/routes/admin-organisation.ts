import express, { Router, type Request } from 'express';
import { csvDialectOf, csvText } from '../../core/exports/csv-text';
import { NotFound, ValidationFailed } from '../../core/errors';
import type { Db } from '../../db/database';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { renderOrganisationImportPage } from '../pages/organisation-import-page';
import { renderOrganisationPage, type OrganisationNotice } from '../pages/organisation-page';
import {
  importOrganisation,
  loadOrganisationTemplate,
  previewOrganisationImport,
} from '../use-cases/organisation-import';
import { addUnit, changeUnit, loadOrganisation } from '../use-cases/organisation-tree';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Room for a large municipality's tree (about 60 bytes a unit); anything bigger is refused (413).
const CSV_LIMIT = '2mb';

export type OrganisationAdminDeps = SessionDeps & { db: Db };

type Form = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The pasted or file-read CSV of an import form. */
function csvOfForm(form: Form): string {
  const csv = typeof form.csv === 'string' ? form.csv : '';
  if (csv.trim() === '')
    throw new ValidationFailed('No file', [{ field: 'csv', issue: 'paste the CSV or choose a file' }]);
  return csv;
}

/** The rename form sends every field; an empty code leaves the code as it is. */
const unitChangeOfForm = (form: Form) => ({ name: text(form.name), code: text(form.code) || undefined });

const countOf = (value: unknown) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
const noticeOf = (req: Request): OrganisationNotice => ({
  saved: req.query.saved === '1',
  created: countOf(req.query.created),
  updated: countOf(req.query.updated),
  unchanged: countOf(req.query.unchanged),
});

/** The organisation tree, kept by administrators: forms, a CSV import and the JSON API (issue 6). */
export function organisationAdminRoutes(deps: OrganisationAdminDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  const csvForms = express.urlencoded({ extended: false, limit: CSV_LIMIT, parameterLimit: 10 });
  const json = express.json({ limit: '16kb' });
  const csvBody = express.text({ type: ['text/csv', 'text/plain'], limit: CSV_LIMIT });
  router.param('unitId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no unit ${value}`)),
  );
  const base = '/dashboard/admin/organisation';

  router.get(base, page, async (req, res) => {
    const staff = staffOf(res);
    res
      .type('html')
      .send(renderOrganisationPage(await loadOrganisation(deps.db, staff), staff, noticeOf(req)));
  });
  router.post(`${base}/units`, page, forms, async (req, res) => {
    const id = await addUnit(deps.db, staffOf(res), req.body);
    res.redirect(303, `${base}?saved=1#unit-${id}`);
  });
  router.post(`${base}/units/:unitId`, page, forms, async (req, res) => {
    const unitId = req.params.unitId as string;
    await changeUnit(deps.db, staffOf(res), unitId, unitChangeOfForm(req.body as Form));
    res.redirect(303, `${base}?saved=1#unit-${unitId}`);
  });
  router.get(`${base}/template.csv`, page, async (_req, res) => {
    const { table, fileName } = await loadOrganisationTemplate(deps.db, staffOf(res));
    res.attachment(fileName).set('Cache-Control', 'private, no-store');
    res.type('text/csv; charset=utf-8').send(csvText(table, csvDialectOf('da')));
  });
  router.post(`${base}/import/preview`, page, csvForms, async (req, res) => {
    const staff = staffOf(res);
    const csv = csvOfForm(req.body as Form);
    const report = await previewOrganisationImport(deps.db, staff, csv);
    res.type('html').send(renderOrganisationImportPage(report, csv, staff));
  });
  router.post(`${base}/import`, page, csvForms, async (req, res) => {
    const staff = staffOf(res);
    const csv = csvOfForm(req.body as Form);
    const report = await importOrganisation(deps.db, staff, csv, deps.now());
    if (report.errors.length) {
      res
        .status(422)
        .type('html')
        .send(renderOrganisationImportPage(report, csv, staff));
      return;
    }
    const counts = new URLSearchParams({
      created: String(report.created.length),
      updated: String(report.updated.length),
      unchanged: String(report.unchanged),
    });
    res.redirect(303, `${base}?${counts}`);
  });

  router.get('/api/admin/organisation', api, async (_req, res) => {
    res.json(await loadOrganisation(deps.db, staffOf(res)));
  });
  router.post('/api/admin/organisation/units', api, json, async (req, res) => {
    res.status(201).json({ id: await addUnit(deps.db, staffOf(res), req.body) });
  });
  router.patch('/api/admin/organisation/units/:unitId', api, json, async (req, res) => {
    await changeUnit(deps.db, staffOf(res), req.params.unitId as string, req.body);
    res.status(204).end();
  });
  router.post('/api/admin/organisation/import', api, csvBody, async (req, res) => {
    if (typeof req.body !== 'string')
      throw new ValidationFailed('No file', [{ field: '(body)', issue: 'send the CSV as text/csv' }]);
    const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
    const report = dryRun
      ? await previewOrganisationImport(deps.db, staffOf(res), req.body)
      : await importOrganisation(deps.db, staffOf(res), req.body, deps.now());
    res.status(report.errors.length && !dryRun ? 422 : 200).json(report);
  });
  return router;
}
