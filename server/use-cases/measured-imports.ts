import { NotFound, ValidationFailed } from '../../core/errors';
import { exportFileName } from '../../core/exports/export-file-name';
import type { ExportTable } from '../../core/exports/export-table';
import type { ImportIssue } from '../../core/imports/import-issue';
import { spreadsheetFormatOf } from '../../core/imports/spreadsheet-format';
import type { MeasuredImportSummary } from '../../core/measured/measured-import-check';
import { measuredTemplate } from '../../core/measured/measured-import-template';
import { monthIndex } from '../../core/sick-leave/month-index';
import type { Db } from '../../db/database';
import { listMeasuredDefinitions } from '../../db/repositories/measured-definitions';
import {
  createMeasuredImport,
  findMeasuredImport,
  listMeasuredImports,
  type MeasuredImport,
  type MeasuredImportStatus,
} from '../../db/repositories/measured-imports';
import { findMunicipality } from '../../db/repositories/municipalities';
import { listUnitDetails } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { importMeasuredJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';
import { inspectUpload } from '../uploads/inspect-upload';
import { assertMayImportSickLeave } from './sick-leave-imports';

export interface MeasuredImportDeps {
  db: Db;
  queue: JobQueue;
  log: (message: string, error?: unknown) => void;
}

/** An import as the API shows it. */
export interface MeasuredImportView {
  id: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  status: MeasuredImportStatus;
  rowsDone: number;
  rowsTotal: number | null;
  /** Problems found in all; `errors` holds the first of them. */
  errorCount: number;
  summary: MeasuredImportSummary | null;
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface MeasuredImportReport extends MeasuredImportView {
  errors: ImportIssue[];
}

const HISTORY_LENGTH = 50;

function viewOf({
  errors: _errors,
  summary,
  createdAt,
  finishedAt,
  ...rest
}: MeasuredImport): MeasuredImportView {
  const failed = summary && 'issueCount' in summary ? summary : null;
  return {
    ...rest,
    errorCount: failed?.issueCount ?? 0,
    summary: failed ? null : (summary as MeasuredImportSummary | null),
    createdAt: createdAt.toISOString(),
    finishedAt: finishedAt?.toISOString() ?? null,
  };
}

/**
 * Keeps the uploaded file on a queued import and asks the worker to run it, as a sick-leave upload
 * (uploadSickLeave): a file too costly to parse is refused first with nothing kept, and the row is
 * written before the job is queued, so the sweep runs it should the queue be away.
 */
export async function uploadMeasured(
  deps: MeasuredImportDeps,
  staff: StaffUser,
  upload: { fileName: string | null; bytes: Buffer },
): Promise<MeasuredImportReport> {
  assertMayImportSickLeave(staff);
  const format = spreadsheetFormatOf(upload.bytes.subarray(0, 4096));
  if (typeof format !== 'string')
    throw new ValidationFailed('The file cannot be imported', [{ field: 'file', issue: format.problem }]);
  await inspectUpload(upload.bytes, format);
  const id = await createMeasuredImport(deps.db, {
    municipalityId: staff.municipalityId,
    fileName: upload.fileName ?? `measured.${format}`,
    format,
    file: upload.bytes,
    createdBy: staff.id,
  });
  await deps.queue
    .enqueue(importMeasuredJob, { importId: id })
    .catch((error: unknown) => deps.log('measured import kept for the sweep: queueing failed', error));
  return loadMeasuredImport(deps.db, staff, id);
}

export async function listMeasuredImportViews(db: Db, staff: StaffUser): Promise<MeasuredImportView[]> {
  assertMayImportSickLeave(staff);
  return (await listMeasuredImports(db, staff.municipalityId, HISTORY_LENGTH)).map(viewOf);
}

export async function loadMeasuredImport(
  db: Db,
  staff: StaffUser,
  id: string,
): Promise<MeasuredImportReport> {
  assertMayImportSickLeave(staff);
  const found = await findMeasuredImport(db, id);
  if (!found || found.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no measured import ${id}`);
  return { ...viewOf(found), errors: found.errors };
}

/** The file format with example rows for the municipality's indicators and units, last month. */
export async function loadMeasuredTemplate(
  db: Db,
  staff: StaffUser,
  today: Date,
): Promise<{ table: ExportTable; fileName: (extension: 'csv' | 'xlsx') => string }> {
  assertMayImportSickLeave(staff);
  const definitions = await listMeasuredDefinitions(db, staff.municipalityId);
  const units = await listUnitDetails(db, staff.municipalityId);
  const municipality = await findMunicipality(db, staff.municipalityId);
  return {
    table: measuredTemplate(definitions, units, monthIndex(today.toISOString()) - 1),
    fileName: (extension) => exportFileName(['measured', municipality?.name ?? ''], extension),
  };
}
