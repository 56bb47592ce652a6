import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { roundPopulations } from '../schema';

/** Each unit's payroll headcount in its latest sick-leave record starting on or before `until`. */
export async function latestHeadcounts(
  db: DbOrTx,
  municipalityId: string,
  until: string,
): Promise<Map<string, number>> {
  const result = (await db.execute(sql`
    select distinct on (unit_id) unit_id, employees
    from sick_leave_records
    where municipality_id = ${municipalityId} and period_start <= ${until}::date and employees is not null
    order by unit_id, period_start desc`)) as unknown as { rows: { unit_id: string; employees: number }[] };
  return new Map(result.rows.map((r) => [r.unit_id, r.employees]));
}

/** The populations kept for a closed round (null: not known then); empty when none were kept yet. */
export async function loadRoundPopulations(db: DbOrTx, roundId: string): Promise<Map<string, number | null>> {
  const result = (await db.execute(sql`
    select unit_id, population from round_populations where round_id = ${roundId}`)) as unknown as {
    rows: { unit_id: string; population: number | null }[];
  };
  return new Map(result.rows.map((r) => [r.unit_id, r.population]));
}

/** Keeps a round's populations; a second caller (another worker) keeps what the first wrote. */
export async function keepRoundPopulations(
  db: DbOrTx,
  roundId: string,
  populations: Map<string, number | null>,
): Promise<void> {
  // Every unit, unknown ones too: that the round's populations were kept is itself kept.
  const rows = [...populations].map(([unitId, population]) => ({ roundId, unitId, population }));
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insert(roundPopulations)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
}

/** Whom a round's instrument version says its answers come from, as declared (unchecked here). */
export async function findPopulationGroup(db: DbOrTx, instrumentVersionId: string): Promise<string | null> {
  const result = (await db.execute(sql`
    select indicators->'instrument'->>'population' as grp from instrument_versions
    where id = ${instrumentVersionId}`)) as unknown as { rows: { grp: string | null }[] };
  return result.rows[0]?.grp ?? null;
}
