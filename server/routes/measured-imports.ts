import express, { Router, type RequestHandler } from 'express';
import { NotFound, ValidationFailed } from '../../core/errors';
import { csvDialectOf, csvText } from '../../core/exports/csv-text';
import { UPLOAD_LIMITS } from '../../core/imports/upload-limits';
import { requireStaff, staffOf } from '../auth/staff-sessions';
import { xlsxWorkbook } from '../exports/xlsx-workbook';
import { fileTooLarge } from '../uploads/inspect-upload';
import {
  listMeasuredImportViews,
  loadMeasuredImport,
  loadMeasuredTemplate,
  uploadMeasured,
} from '../use-cases/measured-imports';
import { assertMayImportSickLeave } from '../use-cases/sick-leave-imports';
import { FILE_TYPES, fileNameOf, XLSX_TYPE, type SickLeaveImportRouteDeps } from './sick-leave-imports';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Measured figures' imports: the templates, the upload and the imports' progress and row reports. */
export function measuredImportRoutes(deps: SickLeaveImportRouteDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  // Before the body is read: a user who may not import is not made to send 50 MB first.
  const mayImport: RequestHandler = (_req, res, next) => {
    assertMayImportSickLeave(staffOf(res));
    next();
  };
  const fileBody = express.raw({ type: FILE_TYPES, limit: UPLOAD_LIMITS.fileBytes });
  const fileSize: RequestHandler = (req, _res, next) =>
    next(Number(req.get('content-length') ?? 0) > UPLOAD_LIMITS.fileBytes ? fileTooLarge() : undefined);
  router.param('importId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no measured import ${value}`)),
  );

  router.get('/api/measured/imports/template.csv', api, async (_req, res) => {
    const { table, fileName } = await loadMeasuredTemplate(deps.db, staffOf(res), deps.now());
    res.attachment(fileName('csv')).set('Cache-Control', 'private, no-store');
    res.type('text/csv; charset=utf-8').send(csvText(table, csvDialectOf('da')));
  });
  router.get('/api/measured/imports/template.xlsx', api, async (_req, res) => {
    const { table, fileName } = await loadMeasuredTemplate(deps.db, staffOf(res), deps.now());
    res.attachment(fileName('xlsx')).set('Cache-Control', 'private, no-store');
    res.type(XLSX_TYPE).send(await xlsxWorkbook(table));
  });
  router.post('/api/measured/imports', api, mayImport, fileSize, fileBody, async (req, res) => {
    if (!Buffer.isBuffer(req.body))
      throw new ValidationFailed('No file', [
        { field: '(body)', issue: 'send the file as the body, as text/csv or as an XLSX workbook' },
      ]);
    const created = await uploadMeasured(deps, staffOf(res), { fileName: fileNameOf(req), bytes: req.body });
    res.status(202).location(`/api/measured/imports/${created.id}`).json({ import: created });
  });
  router.get('/api/measured/imports', api, async (_req, res) => {
    res.json({ imports: await listMeasuredImportViews(deps.db, staffOf(res)) });
  });
  router.get('/api/measured/imports/:importId', api, async (req, res) => {
    res.json(await loadMeasuredImport(deps.db, staffOf(res), req.params.importId as string));
  });
  return router;
}
