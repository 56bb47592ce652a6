import { and, asc, count, eq, max } from 'drizzle-orm';
import type { SickLeaveRecord } from '../../core/sick-leave/figures-record';
import type { SickLeaveImportSummary } from '../../core/sick-leave/import-summary';
import type { DbOrTx } from '../database';
import { sickLeaveImports, sickLeaveRecords } from '../schema';

const recordColumns = {
  unitId: sickLeaveRecords.unitId,
  periodKind: sickLeaveRecords.periodKind,
  periodStart: sickLeaveRecords.periodStart,
  plannedDays: sickLeaveRecords.plannedDays,
  sickDays: sickLeaveRecords.sickDays,
  shortTermDays: sickLeaveRecords.shortTermDays,
  longTermDays: sickLeaveRecords.longTermDays,
  selfCertifiedDays: sickLeaveRecords.selfCertifiedDays,
  doctorCertifiedDays: sickLeaveRecords.doctorCertifiedDays,
  employees: sickLeaveRecords.employees,
};

/** Every record of the municipality, oldest first. */
export async function listSickLeaveRecords(db: DbOrTx, municipalityId: string): Promise<SickLeaveRecord[]> {
  return db
    .select(recordColumns)
    .from(sickLeaveRecords)
    .where(eq(sickLeaveRecords.municipalityId, municipalityId))
    .orderBy(asc(sickLeaveRecords.periodStart));
}

/**
 * Changes whenever the municipality's records do: records are written only by an applied import,
 * in the transaction that marks it applied, so the applied imports' count and latest finish tell.
 */
export async function sickLeaveDataVersion(db: DbOrTx, municipalityId: string): Promise<string> {
  const [row] = await db
    .select({ applied: count(), latest: max(sickLeaveImports.finishedAt) })
    .from(sickLeaveImports)
    .where(and(eq(sickLeaveImports.municipalityId, municipalityId), eq(sickLeaveImports.status, 'applied')));
  return `${row?.applied ?? 0}:${row?.latest?.toISOString() ?? ''}`;
}

/**
 * Stores records as one applied import (every record names the import it came from), for tests
 * and the demo; files go through the sick-leave import, which validates them first.
 */
export async function insertSickLeaveRecords(
  db: DbOrTx,
  {
    municipalityId,
    fileName,
    records,
  }: { municipalityId: string; fileName: string; records: SickLeaveRecord[] },
): Promise<string> {
  const [created] = await db
    .insert(sickLeaveImports)
    .values({
      municipalityId,
      fileName,
      format: 'csv',
      status: 'applied',
      rowsDone: records.length,
      rowsTotal: records.length,
      finishedAt: new Date(),
      summary: {
        records: records.length,
        replacedRecords: 0,
        units: new Set(records.map((r) => r.unitId)).size,
        periods: null,
        ignoredColumns: [],
      } satisfies SickLeaveImportSummary,
    })
    .returning({ id: sickLeaveImports.id });
  const importId = created!.id;
  // In slices: PostgreSQL takes at most 65,535 parameters in one statement.
  for (let i = 0; i < records.length; i += 2000)
    await db
      .insert(sickLeaveRecords)
      .values(records.slice(i, i + 2000).map((r) => ({ ...r, municipalityId, importId })));
  return importId;
}
