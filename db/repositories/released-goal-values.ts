import { sql } from 'drizzle-orm';
import type { GoalStatus } from '../../core/goals/evaluate-goal';
import { emptyStats } from '../../core/indicators/indicator-stats';
import type { DbOrTx } from '../database';
import type { GoalEvaluation } from './goals';
import type { ReleasedNumbersRow } from './released-values';

/**
 * The goals' values as each round's latest release shows them (docs/decisions/0011), never the
 * live evaluations: a value no release showed is 'hidden' (n stays internal); one shown earlier
 * and hidden now carries the earlier numbers, status and date. Rounds without a release have none.
 */
export async function listGoalEvaluations(
  db: DbOrTx,
  /** Without unitIds, at every unit of the municipality (cheaper than naming 1,500 of them). */
  scope: { municipalityId: string; goalIds: string[]; unitIds?: string[] },
): Promise<GoalEvaluation[]> {
  if (scope.goalIds.length === 0 || scope.unitIds?.length === 0) return [];
  const units = scope.unitIds ? sql`and v.unit_id = any(${sql.param(scope.unitIds)}::uuid[])` : sql``;
  // Through released_goal_values' key (release, goal, unit): one range per round and goal.
  const result = (await db.execute(sql`
    select v.goal_id, v.round_id, v.unit_id, v.status, v.data_n, v.published_in_seq, v.published_at, v.n,
           v.value, v.ci_low, v.ci_high, v.stat_k, v.stat_sum, v.stat_sum_sq, v.population, v.definition_hash,
           l.released_at, l.seq
    from rounds r
    join round_releases l on l.id = r.latest_release_id
    join released_goal_values v on v.release_id = l.id
      and v.goal_id = any(${sql.param(scope.goalIds)}::uuid[]) ${units}
    where r.municipality_id = ${scope.municipalityId}`)) as unknown as { rows: ReleasedGoalRow[] };
  // One object per row, built once: a municipality's goals have thousands of values per request.
  return result.rows.map((row): GoalEvaluation => {
    const hidden = row.published_in_seq === null || row.n === null || row.status === 'hidden';
    const base = { goalId: row.goal_id, roundId: row.round_id, unitId: row.unit_id };
    if (hidden)
      return {
        ...base,
        status: 'hidden',
        n: row.data_n,
        value: null,
        ciLow: null,
        ciHigh: null,
        stats: emptyStats(),
        population: row.population,
        definitionHash: row.definition_hash,
        evaluatedAt: new Date(row.published_at ?? row.released_at),
      };
    return {
      ...base,
      status: row.status,
      n: row.n!,
      value: row.value,
      ciLow: row.ci_low,
      ciHigh: row.ci_high,
      stats: { n: row.n!, k: row.stat_k ?? 0, sum: row.stat_sum ?? 0, sumSq: row.stat_sum_sq ?? 0 },
      population: row.population,
      definitionHash: row.definition_hash,
      evaluatedAt: new Date(row.published_at!),
      carried: row.published_in_seq! < row.seq,
    };
  });
}

/**
 * What the municipality's releases are: each round's latest release. A release is written once and
 * never changed, so the goals' released values change exactly when this does.
 */
export async function releasedGoalValuesVersion(db: DbOrTx, municipalityId: string): Promise<string> {
  const result = (await db.execute(sql`
    select coalesce(string_agg(id::text || ':' || latest_release_id::text, ',' order by id), '') as version
    from rounds where municipality_id = ${municipalityId} and latest_release_id is not null`)) as unknown as {
    rows: { version: string }[];
  };
  return result.rows[0]?.version ?? '';
}

interface ReleasedGoalRow extends ReleasedNumbersRow {
  goal_id: string;
  round_id: string;
  unit_id: string;
  status: GoalStatus;
  data_n: number;
}
