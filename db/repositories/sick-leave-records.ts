import { and, asc, eq, gte, lte, max, min } from 'drizzle-orm';
import type { SickLeaveRecord } from '../../core/sick-leave/figures-record';
import type { DataMonths } from '../../core/sick-leave/figures-periods';
import { monthIndex } from '../../core/sick-leave/month-index';
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

/** The municipality's records whose period starts between `from` and `to` (dates, inclusive). */
export async function listSickLeaveRecords(
  db: DbOrTx,
  municipalityId: string,
  { from, to }: { from: string; to: string },
): Promise<SickLeaveRecord[]> {
  return db
    .select(recordColumns)
    .from(sickLeaveRecords)
    .where(
      and(
        eq(sickLeaveRecords.municipalityId, municipalityId),
        gte(sickLeaveRecords.periodStart, from),
        lte(sickLeaveRecords.periodStart, to),
      ),
    )
    .orderBy(asc(sickLeaveRecords.periodStart));
}

/** The first and the last month the municipality's records cover (a quarter to its third), or null. */
export async function sickLeaveMonths(db: DbOrTx, municipalityId: string): Promise<DataMonths | null> {
  const rows = await db
    .select({
      kind: sickLeaveRecords.periodKind,
      first: min(sickLeaveRecords.periodStart),
      last: max(sickLeaveRecords.periodStart),
    })
    .from(sickLeaveRecords)
    .where(eq(sickLeaveRecords.municipalityId, municipalityId))
    .groupBy(sickLeaveRecords.periodKind);
  const known = rows.filter((r) => r.first !== null && r.last !== null);
  if (known.length === 0) return null;
  return {
    first: Math.min(...known.map((r) => monthIndex(r.first!))),
    last: Math.max(...known.map((r) => monthIndex(r.last!) + (r.kind === 'quarter' ? 2 : 0))),
  };
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
