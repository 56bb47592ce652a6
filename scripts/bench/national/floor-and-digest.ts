import type { Client } from 'pg';

/**
 * Issue 22's floor: the same PostgreSQL aggregating the stored per-response scores of every
 * response by class and indicator in one query (count, sum, sum of squares). A recompute does this
 * and more; its time is judged against this one, measured in the same run.
 */
export async function timeFloorQuery(sql: Client): Promise<{ floorSeconds: number; floorGroups: number }> {
  const t0 = performance.now();
  const { rows } = await sql.query<{ groups: string }>(`
    select count(*) groups from (
      select r.unit_id, s.position, count(s.score) n, sum(s.score) total, sum(s.score * s.score) total_sq
      from responses r
      cross join lateral (
        select (e.value #>> '{}')::float8 score, e.position
        from jsonb_array_elements(r.scores -> 0) with ordinality e(value, position)
      ) s
      group by r.unit_id, s.position
    ) per_class`);
  return { floorSeconds: (performance.now() - t0) / 1000, floorGroups: Number(rows[0]!.groups) };
}

/**
 * One md5 over every indicator value and goal evaluation, in a fixed order: two runs (before and
 * after a change to the engine) that print the same digest wrote the same numbers.
 */
export async function valuesDigest(sql: Client): Promise<{ indicatorDigest: string; goalDigest: string }> {
  const { rows } = await sql.query<{ indicators: string; goals: string }>(`
    select
      (select md5(coalesce(string_agg(concat_ws('|', round_id, unit_id, indicator_key, breakdown_key,
              breakdown_value, n, k, value, ci_low, ci_high, suppressed, internal, stat_k, stat_sum,
              stat_sum_sq), E'\\n' order by round_id, unit_id, indicator_key, breakdown_key, breakdown_value), ''))
       from indicator_values) indicators,
      (select md5(coalesce(string_agg(concat_ws('|', goal_id, round_id, unit_id, status, n, value, ci_low,
              ci_high), E'\\n' order by goal_id, round_id, unit_id), ''))
       from goal_evaluations) goals`);
  return { indicatorDigest: rows[0]!.indicators, goalDigest: rows[0]!.goals };
}
