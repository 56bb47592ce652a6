import express, { Router } from 'express';
import { csvDialectOf, csvText } from '../../core/exports/csv-text';
import { NotFound, ValidationFailed } from '../../core/errors';
import type { Db } from '../../db/database';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import {
  importOrganisation,
  loadOrganisationTemplate,
  previewOrganisationImport,
} from '../use-cases/organisation-import';
import { addUnit, changeUnit, loadOrganisation } from '../use-cases/organisation-tree';
import { described } from '../openapi/described';
import { NewUnitInput, UnitChange } from '../../core/org/unit-input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Room for a large municipality's tree (about 60 bytes a unit); anything bigger is refused (413).
const CSV_LIMIT = '2mb';

export type OrganisationAdminDeps = SessionDeps & { db: Db };

/**
 * The organisation tree, kept by administrators in the app (/app/admin/organisation): the tree,
 * its units, the CSV import with its preview (?dryRun=1) and the tree as a CSV file to edit (issue 6).
 */
export function organisationAdminRoutes(deps: OrganisationAdminDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const json = express.json({ limit: '16kb' });
  const csvBody = express.text({ type: ['text/csv', 'text/plain'], limit: CSV_LIMIT });
  router.param('unitId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no unit ${value}`)),
  );

  router.get('/api/admin/organisation', api, async (_req, res) => {
    res.json(await loadOrganisation(deps.db, staffOf(res)));
  });
  router.get('/api/admin/organisation/template.csv', api, async (_req, res) => {
    const { table, fileName } = await loadOrganisationTemplate(deps.db, staffOf(res));
    res.attachment(fileName).set('Cache-Control', 'private, no-store');
    res.type('text/csv; charset=utf-8').send(csvText(table, csvDialectOf('da')));
  });
  router.post(
    '/api/admin/organisation/units',
    api,
    json,
    described({ body: NewUnitInput }),
    async (req, res) => {
      res.status(201).json({ id: await addUnit(deps.db, staffOf(res), req.body) });
    },
  );
  router.patch(
    '/api/admin/organisation/units/:unitId',
    api,
    json,
    described({ body: UnitChange }),
    async (req, res) => {
      await changeUnit(deps.db, staffOf(res), req.params.unitId as string, req.body);
      res.status(204).end();
    },
  );
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
