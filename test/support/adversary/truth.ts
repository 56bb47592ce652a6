import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { cellKey } from './published-view';

export interface TrueCell {
  n: number;
  k: number;
  sum: number;
}

/**
 * The true statistics of every cell, read from the database ONLY to know which cells to attack
 * (a true n of 1 … minimum − 1) and to check that the attacker's premises hold; never given to
 * the attack. Where a round has releases, the latest release's data is what its readers see.
 */
export async function readTruth(db: Db, roundIds: string[]): Promise<Map<string, TrueCell>> {
  const truth = new Map<string, TrueCell>();
  for (const roundId of roundIds) {
    const released = await rows(
      db,
      sql`select v.unit_id, v.indicator_key, v.breakdown_key, v.breakdown_value,
                 v.data_n as n, v.data_k as k, v.data_sum as sum
          from released_values v join round_releases r on r.id = v.release_id
          where r.round_id = ${roundId}
            and r.seq = (select max(seq) from round_releases where round_id = ${roundId})`,
    );
    const current = released.length
      ? released
      : await rows(
          db,
          sql`select unit_id, indicator_key, breakdown_key, breakdown_value, n, stat_k as k, stat_sum as sum
              from indicator_values where round_id = ${roundId}`,
        );
    for (const r of current) {
      const group = r.breakdown_key ? `${r.breakdown_key}=${r.breakdown_value}` : '';
      truth.set(cellKey(roundId, r.unit_id, r.indicator_key, group), { n: r.n, k: r.k, sum: Number(r.sum) });
    }
  }
  return truth;
}

interface Row {
  unit_id: string;
  indicator_key: string;
  breakdown_key: string;
  breakdown_value: string;
  n: number;
  k: number;
  sum: number | string;
}

async function rows(db: Db, query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
