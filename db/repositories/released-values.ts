import { sql } from 'drizzle-orm';
import type { IndicatorStats } from '../../core/indicators/indicator-stats';
import type { DbOrTx } from '../database';

export interface StoredIndicatorValue {
  roundId: string;
  unitId: string;
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
  n: number;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
  /** When the numbers shown were released (an earlier release's date for carried numbers). */
  computedAt: Date;
  /** The numbers are an earlier release's: fewer than the minimum answered since, or hidden now. */
  carried?: boolean;
  /** Internal: for comparing rounds on the server, never sent to a client as such. */
  stats: IndicatorStats;
  population: number | null;
  definitionHash: string;
}

/**
 * The round's cells of the listed units as its latest release shows them (docs/decisions/0011):
 * the live values are never read here. A cell no release has shown is suppressed (n stays internal,
 * as everywhere); one shown earlier and hidden now carries the earlier numbers and their date.
 * Nothing before the round's first release. Through released_values' key (release, unit, …).
 */
export async function listIndicatorValues(
  db: DbOrTx,
  scope: { municipalityId: string; roundId: string; unitIds: string[] },
): Promise<StoredIndicatorValue[]> {
  if (scope.unitIds.length === 0) return [];
  const result = (await db.execute(sql`
    select v.unit_id, v.indicator_key, v.breakdown_key, v.breakdown_value, v.data_n, v.data_k, v.data_sum,
           v.data_sum_sq, v.published_in_seq, v.published_at, v.n, v.value, v.ci_low, v.ci_high, v.stat_k,
           v.stat_sum, v.stat_sum_sq, v.population, v.definition_hash, l.seq, l.released_at
    from rounds r
    join round_releases l on l.id = r.latest_release_id
    join released_values v on v.release_id = l.id and v.unit_id = any(${sql.param(scope.unitIds)}::uuid[])
    where r.id = ${scope.roundId} and r.municipality_id = ${scope.municipalityId}`)) as unknown as {
    rows: ReleasedCellRow[];
  };
  return result.rows.map((row) => releasedValue(scope.roundId, row));
}

/** The shown numbers of a released row (cell or goal value) as PostgreSQL returns them. */
export interface ReleasedNumbersRow {
  published_in_seq: number | null;
  published_at: Date | string | null;
  n: number | null;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  stat_k: number | null;
  stat_sum: number | null;
  stat_sum_sq: number | null;
  population: number | null;
  definition_hash: string;
  seq: number;
  released_at: Date | string;
}

interface ReleasedCellRow extends ReleasedNumbersRow {
  unit_id: string;
  indicator_key: string;
  breakdown_key: string;
  breakdown_value: string;
  data_n: number;
  data_k: number;
  data_sum: number;
  data_sum_sq: number;
}

function releasedValue(roundId: string, row: ReleasedCellRow): StoredIndicatorValue {
  const address = {
    roundId,
    unitId: row.unit_id,
    indicatorKey: row.indicator_key,
    breakdownKey: row.breakdown_key,
    breakdownValue: row.breakdown_value,
    definitionHash: row.definition_hash,
  };
  if (row.published_in_seq === null || row.n === null)
    return {
      ...address,
      n: row.data_n,
      value: null,
      ciLow: null,
      ciHigh: null,
      suppressed: true,
      computedAt: new Date(row.released_at),
      stats: { n: row.data_n, k: row.data_k, sum: row.data_sum, sumSq: row.data_sum_sq },
      population: null,
    };
  return {
    ...address,
    n: row.n,
    value: row.value,
    ciLow: row.ci_low,
    ciHigh: row.ci_high,
    suppressed: row.n > 0 && row.value === null,
    computedAt: new Date(row.published_at!),
    carried: row.published_in_seq < row.seq,
    stats: { n: row.n, k: row.stat_k ?? 0, sum: row.stat_sum ?? 0, sumSq: row.stat_sum_sq ?? 0 },
    population: row.population,
  };
}
