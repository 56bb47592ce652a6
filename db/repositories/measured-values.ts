import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import type { MeasuredRecord } from '../../core/measured/measured-figures';
import type { DbOrTx } from '../database';
import { measuredValues } from '../schema';

/** A stored figure: a record of one indicator, and where it came from. */
export interface MeasuredValueRow extends MeasuredRecord {
  indicatorKey: string;
  source: 'import' | 'hand';
  importId: string | null;
  enteredBy: string | null;
}

const recordColumns = {
  unitId: measuredValues.unitId,
  periodStart: measuredValues.periodStart,
  numerator: measuredValues.numerator,
  denominator: measuredValues.denominator,
  persons: measuredValues.persons,
};

/** Every record of one indicator in the municipality, oldest first. */
export async function listMeasuredRecords(
  db: DbOrTx,
  municipalityId: string,
  indicatorKey: string,
): Promise<MeasuredRecord[]> {
  return db
    .select(recordColumns)
    .from(measuredValues)
    .where(
      and(eq(measuredValues.municipalityId, municipalityId), eq(measuredValues.indicatorKey, indicatorKey)),
    )
    .orderBy(asc(measuredValues.periodStart));
}

/**
 * Changes whenever the indicator's values do (imports and entries by hand set entered_at to the
 * transaction's time), so a process may keep figures computed until it changes.
 */
export async function measuredDataVersion(
  db: DbOrTx,
  municipalityId: string,
  indicatorKey: string,
): Promise<string> {
  const [row] = await db
    .select({ values: count(), latest: max(measuredValues.enteredAt) })
    .from(measuredValues)
    .where(
      and(eq(measuredValues.municipalityId, municipalityId), eq(measuredValues.indicatorKey, indicatorKey)),
    );
  return `${row?.values ?? 0}:${row?.latest?.toISOString() ?? ''}`;
}

/**
 * Stores values, replacing those of the same indicator, unit and period (importing or entering a
 * period again corrects it). Callers validate first and run this in the transaction that applies.
 * Returns how many stored values were replaced.
 */
export async function upsertMeasuredValues(
  db: DbOrTx,
  municipalityId: string,
  rows: (Omit<MeasuredValueRow, 'importId' | 'enteredBy'> &
    Partial<Pick<MeasuredValueRow, 'importId' | 'enteredBy'>>)[],
): Promise<number> {
  let replaced = 0;
  // In slices: PostgreSQL takes at most 65,535 parameters in one statement.
  for (let i = 0; i < rows.length; i += 2000) {
    const written = await db
      .insert(measuredValues)
      .values(rows.slice(i, i + 2000).map((r) => ({ ...r, municipalityId, enteredAt: sql`now()` })))
      .onConflictDoUpdate({
        target: [
          measuredValues.municipalityId,
          measuredValues.indicatorKey,
          measuredValues.unitId,
          measuredValues.periodStart,
        ],
        set: {
          numerator: sql`excluded.numerator`,
          denominator: sql`excluded.denominator`,
          persons: sql`excluded.persons`,
          source: sql`excluded.source`,
          importId: sql`excluded.import_id`,
          enteredBy: sql`excluded.entered_by`,
          enteredAt: sql`now()`,
        },
      })
      // A row that was there already has been updated: its xmax is the updating transaction.
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    replaced += written.filter((w) => !w.inserted).length;
  }
  return replaced;
}

/** Whether the indicator has any value stored: its kind, grain and scale then stay as they are. */
export async function hasMeasuredValues(
  db: DbOrTx,
  municipalityId: string,
  indicatorKey: string,
): Promise<boolean> {
  const [row] = await db
    .select({ key: measuredValues.indicatorKey })
    .from(measuredValues)
    .where(
      and(eq(measuredValues.municipalityId, municipalityId), eq(measuredValues.indicatorKey, indicatorKey)),
    )
    .limit(1);
  return row !== undefined;
}
