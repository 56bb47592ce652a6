import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { ImportIssue } from '../../core/imports/import-issue';
import type { SpreadsheetFormat } from '../../core/imports/spreadsheet-format';
import type { SickLeaveImportSummary } from '../../core/sick-leave/import-summary';
import type { DbOrTx, Tx } from '../database';
import { sickLeaveImports, staffUsers } from '../schema';
import { packed, unpacked } from './packed-upload';

export type SickLeaveImportStatus = 'queued' | 'running' | 'failed' | 'applied';

/** An upload as its history shows it: never the file itself. */
export interface SickLeaveImport {
  id: string;
  municipalityId: string;
  fileName: string;
  format: SpreadsheetFormat;
  status: SickLeaveImportStatus;
  rowsDone: number;
  rowsTotal: number | null;
  /** The row report of a failed import, at most MAX_REPORTED_ISSUES of them. */
  errors: ImportIssue[];
  /** What an applied import did; for a failed one, how many problems there were in all. */
  summary: SickLeaveImportSummary | FailedImportSummary | null;
  createdBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface FailedImportSummary {
  issueCount: number;
}

const columns = {
  id: sickLeaveImports.id,
  municipalityId: sickLeaveImports.municipalityId,
  fileName: sickLeaveImports.fileName,
  format: sickLeaveImports.format,
  status: sickLeaveImports.status,
  rowsDone: sickLeaveImports.rowsDone,
  rowsTotal: sickLeaveImports.rowsTotal,
  errors: sickLeaveImports.errors,
  summary: sickLeaveImports.summary,
  createdBy: staffUsers.name,
  createdAt: sickLeaveImports.createdAt,
  finishedAt: sickLeaveImports.finishedAt,
};

const selectImports = (db: DbOrTx) =>
  db
    .select(columns)
    .from(sickLeaveImports)
    .leftJoin(staffUsers, eq(staffUsers.id, sickLeaveImports.createdBy));

// jsonb comes back as unknown; these columns are only ever written by the functions below.
const typed = (row: Awaited<ReturnType<typeof selectImports>>[number]): SickLeaveImport => ({
  ...row,
  errors: row.errors as ImportIssue[],
  summary: row.summary as SickLeaveImport['summary'],
});

export async function createSickLeaveImport(
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
    .insert(sickLeaveImports)
    .values({ ...upload, file, status: 'queued' })
    .returning({ id: sickLeaveImports.id });
  return row!.id;
}

export async function findSickLeaveImport(db: DbOrTx, id: string): Promise<SickLeaveImport | undefined> {
  const [row] = await selectImports(db).where(eq(sickLeaveImports.id, id));
  return row && typed(row);
}

/** Who uploaded an import, for the audit trail: their id and e-mail now (null if they are gone). */
export async function findSickLeaveUploader(
  db: DbOrTx,
  id: string,
): Promise<{ fileName: string; uploader: { id: string; municipalityId: string; email: string } | null }> {
  const [row] = await db
    .select({
      fileName: sickLeaveImports.fileName,
      id: staffUsers.id,
      municipalityId: staffUsers.municipalityId,
      email: staffUsers.email,
    })
    .from(sickLeaveImports)
    .leftJoin(staffUsers, eq(staffUsers.id, sickLeaveImports.createdBy))
    .where(eq(sickLeaveImports.id, id));
  const { fileName, ...uploader } = row!;
  return {
    fileName,
    uploader: uploader.id ? (uploader as { id: string; municipalityId: string; email: string }) : null,
  };
}

/** The municipality's latest imports, newest first. */
export async function listSickLeaveImports(
  db: DbOrTx,
  municipalityId: string,
  limit: number,
): Promise<SickLeaveImport[]> {
  const rows = await selectImports(db)
    .where(eq(sickLeaveImports.municipalityId, municipalityId))
    .orderBy(desc(sickLeaveImports.createdAt))
    .limit(limit);
  return rows.map(typed);
}

/** What the import job reads: the file, while it is kept (until the import is applied or failed). */
export async function readSickLeaveUpload(
  db: DbOrTx,
  id: string,
): Promise<
  | {
      id: string;
      municipalityId: string;
      format: SpreadsheetFormat;
      status: SickLeaveImportStatus;
      file: Buffer | null;
    }
  | undefined
> {
  const [row] = await db
    .select({
      id: sickLeaveImports.id,
      municipalityId: sickLeaveImports.municipalityId,
      format: sickLeaveImports.format,
      status: sickLeaveImports.status,
      file: sql<string | null>`encode(${sickLeaveImports.file}, 'base64')`,
    })
    .from(sickLeaveImports)
    .where(eq(sickLeaveImports.id, id));
  // Buffer reads past the line breaks PostgreSQL puts in base64.
  return row && { ...row, file: row.file === null ? null : await unpacked(Buffer.from(row.file, 'base64')) };
}

export async function markSickLeaveImportRunning(db: DbOrTx, id: string): Promise<void> {
  await db
    .update(sickLeaveImports)
    .set({ status: 'running', rowsDone: 0, errors: [], summary: null })
    .where(eq(sickLeaveImports.id, id));
}

export async function reportSickLeaveImportProgress(
  db: DbOrTx,
  id: string,
  progress: { rowsDone: number; rowsTotal: number | null },
): Promise<void> {
  await db.update(sickLeaveImports).set(progress).where(eq(sickLeaveImports.id, id));
}

/** Holds the import's row until the transaction ends; its status then, so a finished one is not applied twice. */
export async function lockSickLeaveImport(tx: Tx, id: string): Promise<SickLeaveImportStatus | undefined> {
  const [row] = await tx
    .select({ status: sickLeaveImports.status })
    .from(sickLeaveImports)
    .where(eq(sickLeaveImports.id, id))
    .for('update');
  return row?.status;
}

/** Ends an import with its row report; the file is dropped (a fixed file is a new upload). */
export async function failSickLeaveImport(
  db: DbOrTx,
  id: string,
  outcome: { errors: ImportIssue[]; issueCount: number; rowsTotal: number },
): Promise<void> {
  await db
    .update(sickLeaveImports)
    .set({
      status: 'failed',
      errors: outcome.errors,
      summary: { issueCount: outcome.issueCount } satisfies FailedImportSummary,
      rowsDone: outcome.rowsTotal,
      rowsTotal: outcome.rowsTotal,
      file: null,
      finishedAt: new Date(),
    })
    .where(eq(sickLeaveImports.id, id));
}

export async function finishSickLeaveImport(
  db: DbOrTx,
  id: string,
  outcome: { summary: SickLeaveImportSummary; rowsTotal: number },
): Promise<void> {
  await db
    .update(sickLeaveImports)
    .set({
      status: 'applied',
      summary: outcome.summary,
      rowsDone: outcome.rowsTotal,
      rowsTotal: outcome.rowsTotal,
      file: null,
      finishedAt: new Date(),
    })
    .where(eq(sickLeaveImports.id, id));
}

/**
 * Imports that should be running and may have lost their job: queued ones older than
 * `queuedForMs` (Redis was away when they were uploaded), and, with `running`, those left
 * running by a process that stopped (at a start, when no job of this process can be running yet).
 */
export async function listUnfinishedSickLeaveImports(
  db: DbOrTx,
  options: { queuedForMs: number; running: boolean },
): Promise<string[]> {
  const queued = and(
    eq(sickLeaveImports.status, 'queued'),
    lt(sickLeaveImports.createdAt, sql`now() - make_interval(secs => ${options.queuedForMs / 1000})`),
  );
  const rows = await db
    .select({ id: sickLeaveImports.id })
    .from(sickLeaveImports)
    .where(options.running ? or(queued, eq(sickLeaveImports.status, 'running')) : queued);
  return rows.map((r) => r.id);
}
