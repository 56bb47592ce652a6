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

/** A double rounded to 9 significant digits: sums added in another order differ in the last bits. */
const r9 = (column: string) => `to_char(${column}, '9.99999999EEEE')`;

/**
 * One md5 per table over every indicator value, goal evaluation and released value (the rounds'
 * latest releases), in a fixed order and without generated ids or times (a round is named by its
 * municipality, a goal by its indicator): two runs that print the same digests wrote the same
 * numbers, also in two databases generated apart (generate.ts gives units the same ids).
 */
export async function valuesDigest(
  sql: Client,
): Promise<{ indicatorDigest: string; goalDigest: string; releasedDigest: string }> {
  const { rows } = await sql.query<{ indicators: string; goals: string; released: string }>(`
    with round_of as (
      select r.id, m.slug, r.latest_release_id from rounds r join municipalities m on m.id = r.municipality_id
    ), goal_of as (
      select g.id, m.slug || ':' || g.indicator_key || ':' || g.position name
      from goals g join municipalities m on m.id = g.municipality_id
    )
    select
      (select md5(coalesce(string_agg(line, E'\n' order by line), '')) from (
         select concat_ws('|', r.slug, v.unit_id, v.indicator_key, v.breakdown_key, v.breakdown_value, v.n,
                v.k, ${r9('v.value')}, ${r9('v.ci_low')}, ${r9('v.ci_high')}, v.suppressed, v.internal, v.stat_k,
                ${r9('v.stat_sum')}, ${r9('v.stat_sum_sq')}) line
         from indicator_values v join round_of r on r.id = v.round_id) lines) indicators,
      (select md5(coalesce(string_agg(line, E'\n' order by line), '')) from (
         select concat_ws('|', g.name, r.slug, e.unit_id, e.status, e.n, ${r9('e.value')}, ${r9('e.ci_low')},
                ${r9('e.ci_high')}) line
         from goal_evaluations e join goal_of g on g.id = e.goal_id join round_of r on r.id = e.round_id) lines) goals,
      (select md5(coalesce(string_agg(line, E'\n' order by line), '')) from (
         select concat_ws('|', r.slug, v.unit_id, v.indicator_key, v.breakdown_key, v.breakdown_value,
                v.shown_fresh, v.published_in_seq, v.n, ${r9('v.value')}, ${r9('v.ci_low')}, ${r9('v.ci_high')}) line
         from released_values v join round_of r on r.latest_release_id = v.release_id
         union all
         select concat_ws('|', g.name, r.slug, v.unit_id, v.status, v.shown_fresh, v.published_in_seq, v.n,
                ${r9('v.value')}, ${r9('v.ci_low')}, ${r9('v.ci_high')}) line
         from released_goal_values v join round_of r on r.latest_release_id = v.release_id
           join goal_of g on g.id = v.goal_id) lines) released`);
  return {
    indicatorDigest: rows[0]!.indicators,
    goalDigest: rows[0]!.goals,
    releasedDigest: rows[0]!.released,
  };
}
