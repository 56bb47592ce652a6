import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { followUpReports, reportGoalEvaluations } from '../schema';

/** opfølgningsredegørelse: a draft is read live; an adopted one is its stored snapshot only. */
export interface FollowUpReportRecord {
  id: string;
  municipalityId: string;
  contractId: string;
  year: number;
  status: 'draft' | 'adopted';
  medStatement: string;
  snapshot: unknown;
  contentHash: string | null;
  adoptedAt: Date | null;
}

const reportColumns = {
  id: followUpReports.id,
  municipalityId: followUpReports.municipalityId,
  contractId: followUpReports.contractId,
  year: followUpReports.year,
  status: followUpReports.status,
  medStatement: followUpReports.medStatement,
  snapshot: followUpReports.snapshot,
  contentHash: followUpReports.contentHash,
  adoptedAt: followUpReports.adoptedAt,
};

export async function listContractReports(db: DbOrTx, contractId: string): Promise<FollowUpReportRecord[]> {
  return db
    .select(reportColumns)
    .from(followUpReports)
    .where(eq(followUpReports.contractId, contractId))
    .orderBy(asc(followUpReports.year));
}

export async function findReport(
  db: DbOrTx,
  contractId: string,
  year: number,
): Promise<FollowUpReportRecord | undefined> {
  const [row] = await db
    .select(reportColumns)
    .from(followUpReports)
    .where(and(eq(followUpReports.contractId, contractId), eq(followUpReports.year, year)));
  return row;
}

/** The report of a contract and year, made as an empty draft the first time it is asked for. */
export async function findOrCreateReport(
  db: DbOrTx,
  report: { municipalityId: string; contractId: string; year: number },
): Promise<FollowUpReportRecord> {
  await db.insert(followUpReports).values(report).onConflictDoNothing();
  return (await findReport(db, report.contractId, report.year))!;
}

export async function saveMedStatement(db: DbOrTx, reportId: string, text: string): Promise<void> {
  await db
    .update(followUpReports)
    .set({ medStatement: text, updatedAt: new Date() })
    .where(and(eq(followUpReports.id, reportId), eq(followUpReports.status, 'draft')));
}

export async function listProcessEvaluations(db: DbOrTx, reportId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ goalId: reportGoalEvaluations.goalId, text: reportGoalEvaluations.processEvaluation })
    .from(reportGoalEvaluations)
    .where(eq(reportGoalEvaluations.reportId, reportId));
  return new Map(rows.map((r) => [r.goalId, r.text]));
}

export async function saveProcessEvaluation(
  db: DbOrTx,
  reportId: string,
  goalId: string,
  text: string,
): Promise<void> {
  await db
    .insert(reportGoalEvaluations)
    .values({ reportId, goalId, processEvaluation: text })
    .onConflictDoUpdate({
      target: [reportGoalEvaluations.reportId, reportGoalEvaluations.goalId],
      set: { processEvaluation: text, updatedAt: new Date() },
    });
}

/**
 * Adopts a draft: stores what it showed and the hash of it. Only a draft changes (a concurrent
 * adoption loses); the database refuses any later change to the row (migration 0009's trigger).
 */
export async function adoptReport(
  db: DbOrTx,
  reportId: string,
  adoption: { snapshot: unknown; contentHash: string; adoptedBy: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(followUpReports)
    .set({
      status: 'adopted',
      snapshot: adoption.snapshot,
      contentHash: adoption.contentHash,
      adoptedBy: adoption.adoptedBy,
      adoptedAt: adoption.at,
      updatedAt: adoption.at,
    })
    .where(and(eq(followUpReports.id, reportId), eq(followUpReports.status, 'draft')))
    .returning({ id: followUpReports.id });
  return rows.length === 1;
}
