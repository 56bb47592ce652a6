import { staffEvent, systemEvent } from '../../core/audit/staff-actor';
import { SickLeaveFileCheck, type SickLeaveFileResult } from '../../core/sick-leave/import-file-check';
import { storedPeriodOverlaps } from '../../core/sick-leave/import-overlaps';
import { summarizeImport, type SickLeaveImportSummary } from '../../core/sick-leave/import-summary';
import { unitCodeLookup } from '../../core/sick-leave/import-unit-codes';
import type { MonthIndex } from '../../core/sick-leave/month-index';
import type { Db, Tx } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { listUnitDetails } from '../../db/repositories/org-units';
import {
  failSickLeaveImport,
  findSickLeaveUploader,
  finishSickLeaveImport,
  lockSickLeaveImport,
  markSickLeaveImportRunning,
  readSickLeaveUpload,
  reportSickLeaveImportProgress,
} from '../../db/repositories/sick-leave-imports';
import {
  listStoredSickLeavePeriods,
  lockSickLeaveOfMunicipality,
  replaceSickLeaveRecords,
} from '../../db/repositories/sick-leave-periods';
import { importSickLeaveJob, type ImportSickLeave } from '../../jobs/contracts';
import type { JobContext, JobHandler } from '../../jobs/define-job';
import { readUploadInto } from '../imports/read-upload-into';
import { UnreadableFile } from '../imports/unreadable-file';

type Upload = NonNullable<Awaited<ReturnType<typeof readSickLeaveUpload>>> & { file: Buffer };

export interface ImportSickLeaveDeps {
  db: Db;
  now: () => Date;
}

export function importSickLeaveHandler(
  deps: ImportSickLeaveDeps,
): JobHandler<typeof importSickLeaveJob.schema> {
  return { definition: importSickLeaveJob, handle: (data, ctx) => importSickLeave(deps, data, ctx) };
}

/**
 * Reads an uploaded HR/payroll export row by row into the check (core/sick-leave), then either
 * records why it failed, with nothing written, or replaces the file's units and periods in one
 * transaction. A finished import (applied or failed; its file is gone) is left as it is, so a
 * job run twice does nothing the second time; one left running by a stopped process runs again.
 */
export async function importSickLeave(
  { db, now }: ImportSickLeaveDeps,
  { importId }: ImportSickLeave,
  job: JobContext,
): Promise<void> {
  const found = await readSickLeaveUpload(db, importId);
  if (!found?.file || found.status === 'applied' || found.status === 'failed') return;
  const upload: Upload = { ...found, file: found.file };
  await markSickLeaveImportRunning(db, importId);
  const check = new SickLeaveFileCheck(unitCodeLookup(await listUnitDetails(db, upload.municipalityId)));
  let rowsTotal: number;
  try {
    rowsTotal = await readUploadInto(check, upload, job, (rows) =>
      reportSickLeaveImportProgress(db, importId, rows),
    );
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    const errors = [{ line: 1, field: '(file)', message: error.problem }];
    return failSickLeaveImport(db, importId, { errors, issueCount: 1, rowsTotal: 0 });
  }
  const months = check.monthRange();
  if (months) check.checkAgainstStored(await listStoredSickLeavePeriods(db, upload.municipalityId, months));
  const result = check.result();
  if (result.issueCount > 0)
    return failSickLeaveImport(db, importId, {
      errors: result.issues,
      issueCount: result.issueCount,
      rowsTotal,
    });
  // No issues means rows, and rows have months.
  await apply(db, upload, result, months!, now());
  await job.reportProgress(100);
}

/**
 * All or nothing, and one import of the municipality at a time: the overlaps with stored periods
 * are checked again under the lock, since another import may have stored some since the check.
 */
async function apply(
  db: Db,
  { id: importId, municipalityId }: Upload,
  result: SickLeaveFileResult,
  months: { first: MonthIndex; last: MonthIndex },
  now: Date,
) {
  const rowsTotal = result.rowCount;
  await db.transaction(async (tx) => {
    const status = await lockSickLeaveImport(tx, importId);
    if (status !== 'running' && status !== 'queued') return;
    await lockSickLeaveOfMunicipality(tx, municipalityId);
    const stored = await listStoredSickLeavePeriods(tx, municipalityId, months);
    const overlaps = storedPeriodOverlaps(result.rows, stored, result.periodHeading);
    if (overlaps.length)
      return failSickLeaveImport(tx, importId, { errors: overlaps, issueCount: overlaps.length, rowsTotal });
    const replaced = await replaceSickLeaveRecords(tx, { municipalityId, importId }, result.rows);
    const summary = summarizeImport(result.rows, replaced, result.ignoredColumns);
    await finishSickLeaveImport(tx, importId, { summary, rowsTotal });
    await recordImport(tx, { importId, municipalityId }, summary, now);
  });
}

/**
 * On the audit trail with the records it stored, as done by the staff member who uploaded the
 * file (the job does it for them); as the system's if that user is gone. Counts only, no figures.
 */
async function recordImport(
  tx: Tx,
  { importId, municipalityId }: { importId: string; municipalityId: string },
  summary: SickLeaveImportSummary,
  at: Date,
): Promise<void> {
  const { fileName, uploader } = await findSickLeaveUploader(tx, importId);
  const { records, replacedRecords, units, periods } = summary;
  const detail = { importId, fileName, records, replacedRecords, units, periods };
  const subject = `sick-leave-import:${importId}`;
  const event = uploader
    ? staffEvent(uploader, 'sick_leave_imported', subject, detail)
    : systemEvent(municipalityId, 'sick_leave_imported', subject, detail);
  await recordAuditEvent(tx, event, at);
}
