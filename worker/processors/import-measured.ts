import { staffEvent, systemEvent } from '../../core/audit/staff-actor';
import {
  definitionLookup,
  MeasuredFileCheck,
  summarizeMeasuredImport,
  type MeasuredFileResult,
} from '../../core/measured/measured-import-check';
import { unitCodeLookup } from '../../core/sick-leave/import-unit-codes';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import {
  failMeasuredImport,
  findMeasuredUploader,
  finishMeasuredImport,
  lockMeasuredImport,
  markMeasuredImportRunning,
  readMeasuredUpload,
  reportMeasuredImportProgress,
} from '../../db/repositories/measured-imports';
import { listMeasuredDefinitions } from '../../db/repositories/measured-definitions';
import { upsertMeasuredValues } from '../../db/repositories/measured-values';
import { listUnitDetails } from '../../db/repositories/org-units';
import { importMeasuredJob, type ImportMeasured } from '../../jobs/contracts';
import type { JobContext, JobHandler } from '../../jobs/define-job';
import { readUploadInto } from '../imports/read-upload-into';
import { UnreadableFile } from '../imports/unreadable-file';

export interface ImportMeasuredDeps {
  db: Db;
  now: () => Date;
}

export function importMeasuredHandler(deps: ImportMeasuredDeps): JobHandler<typeof importMeasuredJob.schema> {
  return { definition: importMeasuredJob, handle: (data, ctx) => importMeasured(deps, data, ctx) };
}

/**
 * Reads an uploaded file of measured figures row by row into the check (core/measured), as every
 * import reads its file (readUploadInto), then either records the row report with nothing written,
 * or stores every row in one transaction, replacing values of the same indicator, unit and period
 * (so the same file imported twice changes nothing). A finished import is left as it is.
 */
export async function importMeasured(
  { db, now }: ImportMeasuredDeps,
  { importId }: ImportMeasured,
  job: JobContext,
): Promise<void> {
  const upload = await readMeasuredUpload(db, importId);
  if (!upload?.file || upload.status === 'applied' || upload.status === 'failed') return;
  await markMeasuredImportRunning(db, importId);
  const units = await listUnitDetails(db, upload.municipalityId);
  const root = units.find((u) => u.parentId === null);
  const check = new MeasuredFileCheck({
    definitionOf: definitionLookup(await listMeasuredDefinitions(db, upload.municipalityId)),
    unitIdOf: unitCodeLookup(units),
    rootUnitId: root?.id ?? '',
  });
  let rowsTotal: number;
  try {
    rowsTotal = await readUploadInto(check, { format: upload.format, file: upload.file }, job, (rows) =>
      reportMeasuredImportProgress(db, importId, rows),
    );
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    const errors = [{ line: 1, field: '(file)', message: error.problem }];
    return failMeasuredImport(db, importId, { errors, issueCount: 1, rowsTotal: 0 });
  }
  const result = check.result();
  if (result.issueCount > 0)
    return failMeasuredImport(db, importId, {
      errors: result.issues,
      issueCount: result.issueCount,
      rowsTotal,
    });
  await apply(db, { importId, municipalityId: upload.municipalityId }, result, now());
  await job.reportProgress(100);
}

/** All or nothing: the rows are stored, the import finished and audited in one transaction. */
async function apply(
  db: Db,
  { importId, municipalityId }: { importId: string; municipalityId: string },
  result: MeasuredFileResult,
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const status = await lockMeasuredImport(tx, importId);
    if (status !== 'running' && status !== 'queued') return;
    const rows = result.rows.map(
      ({ indicatorKey, unitId, periodStart, numerator, denominator, persons }) => ({
        indicatorKey,
        unitId,
        periodStart,
        numerator,
        denominator,
        persons,
        source: 'import' as const,
        importId,
      }),
    );
    const replaced = await upsertMeasuredValues(tx, municipalityId, rows);
    const summary = summarizeMeasuredImport(result.rows, replaced, result.ignoredColumns);
    await finishMeasuredImport(tx, importId, { summary, rowsTotal: result.rowCount });
    // On the audit trail as the uploader's (the job does it for them); counts only, no figures.
    const { fileName, uploader } = await findMeasuredUploader(tx, importId);
    const detail = {
      importId,
      fileName,
      values: summary.values,
      replacedValues: replaced,
      indicators: summary.indicators,
    };
    const subject = `measured-import:${importId}`;
    const event = uploader
      ? staffEvent(uploader, 'measured_imported', subject, detail)
      : systemEvent(municipalityId, 'measured_imported', subject, detail);
    await recordAuditEvent(tx, event, at);
  });
}
