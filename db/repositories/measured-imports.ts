import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { ImportIssue } from '../../core/imports/import-issue';
import type { SpreadsheetFormat } from '../../core/imports/spreadsheet-format';
import type { MeasuredImportSummary } from '../../core/measured/measured-import-check';
import type { DbOrTx, Tx } from '../database';
import { measuredImports, staffUsers } from '../schema';
import { packed, unpacked } from './packed-upload';

export type MeasuredImportStatus = 'queued' | 'running' | 'failed' | 'applied';

/** An upload as its history shows it: never the file itself. */
export interface MeasuredImport {
  id: string;
  municipalityId: string;
  fileName: string;
  format: SpreadsheetFormat;
  status: MeasuredImportStatus;
  rowsDone: number;
  rowsTotal: number | null;
  /** The row report of a failed import, at most MAX_REPORTED_ISSUES of them. */
  errors: ImportIssue[];
  /** What an applied import did; for a failed one, how many problems there were in all. */
  summary: MeasuredImportSummary | FailedImportSummary | null;
  createdBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface FailedImportSummary {
  issueCount: number;
}

const columns = {
  id: measuredImports.id,
  municipalityId: measuredImports.municipalityId,
  fileName: measuredImports.fileName,
  format: measuredImports.format,
  status: measuredImports.status,
  rowsDone: measuredImports.rowsDone,
  rowsTotal: measuredImports.rowsTotal,
  errors: measuredImports.errors,
  summary: measuredImports.summary,
  createdBy: staffUsers.name,
  createdAt: measuredImports.createdAt,
  finishedAt: measuredImports.finishedAt,
};

const selectImports = (db: DbOrTx) =>
  db.select(columns).from(measuredImports).leftJoin(staffUsers, eq(staffUsers.id, measuredImports.createdBy));

// jsonb comes back as unknown; these columns are only ever written by the functions below.
const typed = (row: Awaited<ReturnType<typeof selectImports>>[number]): MeasuredImport => ({
  ...row,
  errors: row.errors as ImportIssue[],
  summary: row.summary as MeasuredImport['summary'],
});

export async function createMeasuredImport(
  db: DbOrTx,
  upload: {
    municipalityId: string;
    fileName: string;
    format: SpreadsheetFormat;
    file: Buffer;
    createdBy: string;
  },
): Promise<string> {
  const file = sql`decode(${(await packed(upload.file)).toString('base64')}, 'base64')`;
  const [row] = await db
    .insert(measuredImports)
    .values({ ...upload, file, status: 'queued' })
    .returning({ id: measuredImports.id });
  return row!.id;
}

export async function findMeasuredImport(db: DbOrTx, id: string): Promise<MeasuredImport | undefined> {
  const [row] = await selectImports(db).where(eq(measuredImports.id, id));
  return row && typed(row);
}

/** Who uploaded an import, for the audit trail: their id and e-mail now (null if they are gone). */
export async function findMeasuredUploader(
  db: DbOrTx,
  id: string,
): Promise<{ fileName: string; uploader: { id: string; municipalityId: string; email: string } | null }> {
  const [row] = await db
    .select({
      fileName: measuredImports.fileName,
      id: staffUsers.id,
      municipalityId: staffUsers.municipalityId,
      email: staffUsers.email,
    })
    .from(measuredImports)
    .leftJoin(staffUsers, eq(staffUsers.id, measuredImports.createdBy))
    .where(eq(measuredImports.id, id));
  const { fileName, ...uploader } = row!;
  return {
    fileName,
    uploader: uploader.id ? (uploader as { id: string; municipalityId: string; email: string }) : null,
  };
}

/** The municipality's latest imports, newest first. */
export async function listMeasuredImports(
  db: DbOrTx,
  municipalityId: string,
  limit: number,
): Promise<MeasuredImport[]> {
  const rows = await selectImports(db)
    .where(eq(measuredImports.municipalityId, municipalityId))
    .orderBy(desc(measuredImports.createdAt))
    .limit(limit);
  return rows.map(typed);
}

/** What the import job reads: the file, while it is kept (until the import is applied or failed). */
export async function readMeasuredUpload(
  db: DbOrTx,
  id: string,
): Promise<
  | {
      id: string;
      municipalityId: string;
      format: SpreadsheetFormat;
      status: MeasuredImportStatus;
      file: Buffer | null;
    }
  | undefined
> {
  const [row] = await db
    .select({
      id: measuredImports.id,
      municipalityId: measuredImports.municipalityId,
      format: measuredImports.format,
      status: measuredImports.status,
      file: sql<string | null>`encode(${measuredImports.file}, 'base64')`,
    })
    .from(measuredImports)
    .where(eq(measuredImports.id, id));
  // Buffer reads past the line breaks PostgreSQL puts in base64.
  return row && { ...row, file: row.file === null ? null : await unpacked(Buffer.from(row.file, 'base64')) };
}

export async function markMeasuredImportRunning(db: DbOrTx, id: string): Promise<void> {
  await db
    .update(measuredImports)
    .set({ status: 'running', rowsDone: 0, errors: [], summary: null })
    .where(eq(measuredImports.id, id));
}

export async function reportMeasuredImportProgress(
  db: DbOrTx,
  id: string,
  progress: { rowsDone: number; rowsTotal: number | null },
): Promise<void> {
  await db.update(measuredImports).set(progress).where(eq(measuredImports.id, id));
}

/** Holds the import's row until the transaction ends; its status then, so a finished one is not applied twice. */
export async function lockMeasuredImport(tx: Tx, id: string): Promise<MeasuredImportStatus | undefined> {
  const [row] = await tx
    .select({ status: measuredImports.status })
    .from(measuredImports)
    .where(eq(measuredImports.id, id))
    .for('update');
  return row?.status;
}

/** Ends an import with its row report; the file is dropped (a fixed file is a new upload). */
export async function failMeasuredImport(
  db: DbOrTx,
  id: string,
  outcome: { errors: ImportIssue[]; issueCount: number; rowsTotal: number },
): Promise<void> {
  await db
    .update(measuredImports)
    .set({
      status: 'failed',
      errors: outcome.errors,
      summary: { issueCount: outcome.issueCount } satisfies FailedImportSummary,
      rowsDone: outcome.rowsTotal,
      rowsTotal: outcome.rowsTotal,
      file: null,
      finishedAt: new Date(),
    })
    .where(eq(measuredImports.id, id));
}

export async function finishMeasuredImport(
  db: DbOrTx,
  id: string,
  outcome: { summary: MeasuredImportSummary; rowsTotal: number },
): Promise<void> {
  await db
    .update(measuredImports)
    .set({
      status: 'applied',
      summary: outcome.summary,
      rowsDone: outcome.rowsTotal,
      rowsTotal: outcome.rowsTotal,
      file: null,
      finishedAt: new Date(),
    })
    .where(eq(measuredImports.id, id));
}

/**
 * Imports that should be running and may have lost their job: queued ones older than
 * `queuedForMs` (Redis was away when they were uploaded), and, with `running`, those left
 * running by a process that stopped (at a start, when no job of this process can be running yet).
 */
export async function listUnfinishedMeasuredImports(
  db: DbOrTx,
  options: { queuedForMs: number; running: boolean },
): Promise<string[]> {
  const queued = and(
    eq(measuredImports.status, 'queued'),
    lt(measuredImports.createdAt, sql`now() - make_interval(secs => ${options.queuedForMs / 1000})`),
  );
  const rows = await db
    .select({ id: measuredImports.id })
    .from(measuredImports)
    .where(options.running ? or(queued, eq(measuredImports.status, 'running')) : queued);
  return rows.map((r) => r.id);
}
