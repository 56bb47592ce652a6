import { Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import type { ExportTable } from '../../core/exports/export-table';
import { exportFileName } from '../../core/exports/export-file-name';
import type { ImportIssue } from '../../core/imports/import-issue';
import { spreadsheetFormatOf } from '../../core/imports/spreadsheet-format';
import type { SickLeaveImportSummary } from '../../core/sick-leave/import-summary';
import { sickLeaveTemplate } from '../../core/sick-leave/import-template';
import { monthIndex } from '../../core/sick-leave/month-index';
import { isQualityStaff } from '../../core/org/scope';
import type { Db } from '../../db/database';
import { findMunicipality } from '../../db/repositories/municipalities';
import { listUnitDetails } from '../../db/repositories/org-units';
import {
  createSickLeaveImport,
  findSickLeaveImport,
  listSickLeaveImports,
  type SickLeaveImport,
  type SickLeaveImportStatus,
} from '../../db/repositories/sick-leave-imports';
import type { StaffUser } from '../../db/repositories/staff';
import { importSickLeaveJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';
import { inspectUpload } from '../uploads/inspect-upload';

export interface SickLeaveImportDeps {
  db: Db;
  queue: JobQueue;
  log: (message: string, error?: unknown) => void;
}

/** An import as the API and the page show it. */
export interface SickLeaveImportView {
  id: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  status: SickLeaveImportStatus;
  rowsDone: number;
  rowsTotal: number | null;
  /** Problems found in all; `errors` holds the first MAX_REPORTED_ISSUES of them. */
  errorCount: number;
  summary: SickLeaveImportSummary | null;
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface SickLeaveImportReport extends SickLeaveImportView {
  errors: ImportIssue[];
}

const HISTORY_LENGTH = 50;

/** Sick leave is imported by quality staff of the whole municipality: one file covers every unit. */
export const mayImportSickLeave = (staff: StaffUser) => isQualityStaff(staff);

export function assertMayImportSickLeave(staff: StaffUser): void {
  if (!mayImportSickLeave(staff))
    throw new Forbidden('Only quality staff for the whole municipality can import sick leave');
}

function viewOf({
  errors: _errors,
  summary,
  createdAt,
  finishedAt,
  ...rest
}: SickLeaveImport): SickLeaveImportView {
  const failed = summary && 'issueCount' in summary ? summary : null;
  return {
    ...rest,
    errorCount: failed?.issueCount ?? 0,
    summary: failed ? null : (summary as SickLeaveImportSummary | null),
    createdAt: createdAt.toISOString(),
    finishedAt: finishedAt?.toISOString() ?? null,
  };
}

/**
 * Keeps the uploaded file on a queued import and asks the worker to run it. A file that would cost
 * too much to parse (too large unpacked, too many rows, columns or shared strings) is refused first
 * and nothing is kept. The row is written before the job is queued: with the queue away the upload
 * is kept all the same, and the worker's sweep (or its next start) finds it queued and runs it.
 */
export async function uploadSickLeave(
  deps: SickLeaveImportDeps,
  staff: StaffUser,
  upload: { fileName: string | null; bytes: Buffer },
): Promise<SickLeaveImportReport> {
  assertMayImportSickLeave(staff);
  const format = spreadsheetFormatOf(upload.bytes.subarray(0, 4096));
  if (typeof format !== 'string')
    throw new ValidationFailed('The file cannot be imported', [{ field: 'file', issue: format.problem }]);
  await inspectUpload(upload.bytes, format);
  const id = await createSickLeaveImport(deps.db, {
    municipalityId: staff.municipalityId,
    fileName: upload.fileName ?? `sick-leave.${format}`,
    format,
    file: upload.bytes,
    createdBy: staff.id,
  });
  await deps.queue
    .enqueue(importSickLeaveJob, { importId: id })
    .catch((error: unknown) => deps.log('sick-leave import kept for the sweep: queueing failed', error));
  return loadSickLeaveImport(deps.db, staff, id);
}

export async function listSickLeaveImportViews(db: Db, staff: StaffUser): Promise<SickLeaveImportView[]> {
  assertMayImportSickLeave(staff);
  return (await listSickLeaveImports(db, staff.municipalityId, HISTORY_LENGTH)).map(viewOf);
}

export async function loadSickLeaveImport(
  db: Db,
  staff: StaffUser,
  id: string,
): Promise<SickLeaveImportReport> {
  assertMayImportSickLeave(staff);
  const found = await findSickLeaveImport(db, id);
  if (!found || found.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no sick-leave import ${id}`);
  return { ...viewOf(found), errors: found.errors };
}

/** The import's columns with two example rows for the municipality's own units, last month. */
export async function loadSickLeaveTemplate(
  db: Db,
  staff: StaffUser,
  today: Date,
): Promise<{ table: ExportTable; fileName: (extension: 'csv' | 'xlsx') => string }> {
  assertMayImportSickLeave(staff);
  const units = await listUnitDetails(db, staff.municipalityId);
  const municipality = await findMunicipality(db, staff.municipalityId);
  const lastMonth = monthIndex(today.toISOString()) - 1;
  return {
    table: sickLeaveTemplate(units, lastMonth),
    fileName: (extension) => exportFileName(['sick-leave', municipality?.name ?? ''], extension),
  };
}
