import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../database';

/**
 * What the municipality's computed results are made from, as one string: each round's latest
 * release (a release is written once and never changed) and the counters of every table results
 * are computed from (db/schema/result-inputs.ts; a trigger moves them on every write). Two reads
 * that give the same string read the same inputs, so a result kept from the first still holds.
 * The counters are global: a write in another municipality only makes the next read recompute.
 */
export async function resultInputsVersion(db: DbOrTx, municipalityId: string): Promise<string> {
  const result = (await db.execute(sql`
    select
      (select coalesce(string_agg(id::text || ':' || latest_release_id::text, ',' order by id), '')
       from rounds where municipality_id = ${municipalityId} and latest_release_id is not null)
      || '|' ||
      (select coalesce(string_agg(table_name || '=' || version, ',' order by table_name), '')
       from result_input_versions) as version`)) as unknown as { rows: { version: string }[] };
  return result.rows[0]?.version ?? '';
}
