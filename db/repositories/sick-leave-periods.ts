import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { StoredSickLeavePeriod } from '../../core/sick-leave/import-overlaps';
import { periodStartDate } from '../../core/sick-leave/import-period';
import type { ImportedSickLeaveRow } from '../../core/sick-leave/import-row';
import {
  monthIndex,
  monthStartDate,
  quarterStartOf,
  type MonthIndex,
} from '../../core/sick-leave/month-index';
import type { DbOrTx, Tx } from '../database';
import { sickLeaveRecords } from '../schema';

// About 1 MB of JSON a statement.
const CHUNK = 5000;

const chunks = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * The periods stored for the municipality's units that could overlap months first…last: from the
 * start of the quarter holding `first`, since quarters start on their own first month.
 */
export async function listStoredSickLeavePeriods(
  db: DbOrTx,
  municipalityId: string,
  months: { first: MonthIndex; last: MonthIndex },
): Promise<StoredSickLeavePeriod[]> {
  const rows = await db
    .select({
      unitId: sickLeaveRecords.unitId,
      kind: sickLeaveRecords.periodKind,
      start: sickLeaveRecords.periodStart,
    })
    .from(sickLeaveRecords)
    .where(
      and(
        eq(sickLeaveRecords.municipalityId, municipalityId),
        gte(sickLeaveRecords.periodStart, monthStartDate(quarterStartOf(months.first))),
        lte(sickLeaveRecords.periodStart, monthStartDate(months.last)),
      ),
    );
  return rows.map((r) => ({ unitId: r.unitId, period: { kind: r.kind, first: monthIndex(r.start) } }));
}

/**
 * Until the transaction ends, no other import of the municipality's sick leave applies: the second
 * then checks its overlaps against what the first stored.
 */
export async function lockSickLeaveOfMunicipality(tx: Tx, municipalityId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sick-leave:${municipalityId}`}))`);
}

/**
 * Replaces the records of exactly the (unit, kind, period) pairs in the rows: deletes what is
 * stored for them, inserts the rows. Returns how many stored records were replaced. The rows go
 * in as one JSON parameter a chunk (json_to_recordset), as a query with a parameter per value
 * took drizzle longer to build than PostgreSQL to run.
 */
export async function replaceSickLeaveRecords(
  tx: Tx,
  target: { municipalityId: string; importId: string },
  rows: readonly ImportedSickLeaveRow[],
): Promise<number> {
  let replaced = 0;
  // The file names each pair once, so each chunk can be deleted and inserted on its own.
  for (const chunk of chunks(rows)) {
    const records = JSON.stringify(chunk.map(recordOf));
    const deleted = (await tx.execute(sql`
      delete from sick_leave_records s
      using json_to_recordset(${records}::json) as r(unit_id uuid, period_kind text, period_start date)
      where s.unit_id = r.unit_id and s.period_kind = r.period_kind and s.period_start = r.period_start
      returning 1`)) as unknown as { rows: unknown[] };
    replaced += deleted.rows.length;
    await tx.execute(sql`
      insert into sick_leave_records (municipality_id, import_id, unit_id, period_kind, period_start,
        planned_days, sick_days, short_term_days, long_term_days, self_certified_days,
        doctor_certified_days, employees)
      select ${target.municipalityId}::uuid, ${target.importId}::uuid, r.*
      from json_to_recordset(${records}::json) as r(unit_id uuid, period_kind text, period_start date,
        planned_days float8, sick_days float8, short_term_days float8, long_term_days float8,
        self_certified_days float8, doctor_certified_days float8, employees integer)`);
  }
  return replaced;
}

/** A row as the columns of sick_leave_records, in their order (json_to_recordset reads by name). */
const recordOf = (row: ImportedSickLeaveRow) => ({
  unit_id: row.unitId,
  period_kind: row.period.kind,
  period_start: periodStartDate(row.period),
  planned_days: row.plannedDays,
  sick_days: row.sickDays,
  short_term_days: row.shortTermDays,
  long_term_days: row.longTermDays,
  self_certified_days: row.selfCertifiedDays,
  doctor_certified_days: row.doctorCertifiedDays,
  employees: row.employees,
});
