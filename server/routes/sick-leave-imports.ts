import express, { Router, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import { NotFound, ValidationFailed } from '../../core/errors';
import { csvDialectOf, csvText } from '../../core/exports/csv-text';
import { UPLOAD_LIMITS } from '../../core/imports/upload-limits';
import type { JobQueue } from '../../jobs/define-job';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { xlsxWorkbook } from '../exports/xlsx-workbook';
import { fileTooLarge } from '../uploads/inspect-upload';
import {
  assertMayImportSickLeave,
  listSickLeaveImportViews,
  loadSickLeaveImport,
  loadSickLeaveTemplate,
  uploadSickLeave,
} from '../use-cases/sick-leave-imports';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Windows names a .csv "application/vnd.ms-excel" when Excel is installed; the bytes decide (spreadsheetFormatOf).
export const FILE_TYPES = [
  'text/csv',
  'text/plain',
  XLSX_TYPE,
  'application/vnd.ms-excel',
  'application/octet-stream',
];

export type SickLeaveImportRouteDeps = SessionDeps & {
  queue: JobQueue;
  log: (message: string, error?: unknown) => void;
};

/** A file name as sent: URI-encoded in X-File-Name (headers are Latin-1), or in ?fileName=. */
const FileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .transform((name) => name.split(/[\\/]/).pop()!);

export function fileNameOf(req: Request): string | null {
  const header = req.get('x-file-name');
  let raw: unknown = req.query.fileName;
  try {
    if (header !== undefined) raw = decodeURIComponent(header);
  } catch {
    raw = null;
  }
  if (raw === undefined) return null;
  const parsed = FileName.safeParse(raw);
  if (!parsed.success)
    throw new ValidationFailed('Bad file name', [
      { field: 'fileName', issue: 'give a file name of 1-200 characters' },
    ]);
  return parsed.data;
}

/** Sick-leave imports: the templates, the upload and the imports' progress (issue 7); the app shows them. */
export function sickLeaveImportRoutes(deps: SickLeaveImportRouteDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  // Before the body is read: a user who may not import is not made to send 50 MB first.
  const mayImport: RequestHandler = (_req, res, next) => {
    assertMayImportSickLeave(staffOf(res));
    next();
  };
  // A declared length past the limit is refused unread; a chunked body is cut off at the limit.
  const fileBody = express.raw({ type: FILE_TYPES, limit: UPLOAD_LIMITS.fileBytes });
  const fileSize: RequestHandler = (req, _res, next) =>
    next(Number(req.get('content-length') ?? 0) > UPLOAD_LIMITS.fileBytes ? fileTooLarge() : undefined);
  router.param('importId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no sick-leave import ${value}`)),
  );

  router.get('/api/sick-leave/template.csv', api, async (_req, res) => {
    const { table, fileName } = await loadSickLeaveTemplate(deps.db, staffOf(res), deps.now());
    res.attachment(fileName('csv')).set('Cache-Control', 'private, no-store');
    res.type('text/csv; charset=utf-8').send(csvText(table, csvDialectOf('da')));
  });
  router.get('/api/sick-leave/template.xlsx', api, async (_req, res) => {
    const { table, fileName } = await loadSickLeaveTemplate(deps.db, staffOf(res), deps.now());
    res.attachment(fileName('xlsx')).set('Cache-Control', 'private, no-store');
    res.type(XLSX_TYPE).send(await xlsxWorkbook(table));
  });

  router.post('/api/sick-leave/imports', api, mayImport, fileSize, fileBody, async (req, res) => {
    if (!Buffer.isBuffer(req.body))
      throw new ValidationFailed('No file', [
        { field: '(body)', issue: 'send the file as the body, as text/csv or as an XLSX workbook' },
      ]);
    const created = await uploadSickLeave(deps, staffOf(res), { fileName: fileNameOf(req), bytes: req.body });
    res.status(202).location(`/api/sick-leave/imports/${created.id}`).json(created);
  });
  router.get('/api/sick-leave/imports', api, async (_req, res) => {
    res.json({ imports: await listSickLeaveImportViews(deps.db, staffOf(res)) });
  });
  router.get('/api/sick-leave/imports/:importId', api, async (req, res) => {
    res.json(await loadSickLeaveImport(deps.db, staffOf(res), req.params.importId as string));
  });
  return router;
}
