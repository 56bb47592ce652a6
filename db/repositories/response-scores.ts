import { sql } from 'drizzle-orm';
import type { AggregationLine, CellAggregate } from '../../core/indicators/stats-from-aggregates';
import type { DbOrTx } from '../database';

/** Whose stored scores to read: a round, or only some of its units. */
export interface ScoreScope {
  roundId: string;
  /** The current scoring's fingerprint: only scores made by it are trusted. */
  fingerprint: string;
  unitIds?: string[];
}

const inUnits = (unitIds: string[] | undefined) =>
  unitIds === undefined ? sql`` : sql`and unit_id = any(${sql.param(unitIds)}::uuid[])`;

/**
 * One page (in id order, after `afterId`) of the responses whose stored scores were not made by
 * the current scoring (another fingerprint, or none): their answers, to be scored again.
 */
export async function listResponsesToRescore(
  db: DbOrTx,
  scope: ScoreScope,
  afterId: string | null,
  limit: number,
): Promise<{ id: string; answers: Record<string, unknown> }[]> {
  const result = (await db.execute(sql`
    select id, answers from responses
    where round_id = ${scope.roundId} and scored_with is distinct from ${scope.fingerprint}
      ${afterId === null ? sql`` : sql`and id > ${afterId}`} ${inUnits(scope.unitIds)}
    order by id limit ${limit}`)) as unknown as { rows: { id: string; answers: Record<string, unknown> }[] };
  return result.rows;
}

/** Stores new scores (CompactScore) with the fingerprint of the scoring that made them. */
export async function storeRescored(
  db: DbOrTx,
  fingerprint: string,
  rescored: { id: string; scores: unknown }[],
): Promise<void> {
  if (rescored.length === 0) return;
  // One JSON document: one statement per page, the same SQL on node-postgres and PGlite.
  await db.execute(sql`
    update responses r set scores = t.scores, scored_with = ${fingerprint}
    from jsonb_to_recordset(${JSON.stringify(rescored)}::jsonb) as t(id uuid, scores jsonb)
    where r.id = t.id`);
}

interface AggregateRow {
  unit_id: string;
  indicator: number;
  slot: number;
  grp: string;
  first_seq: string | number;
  responses: string | number;
  n: string | number;
  k: string | number;
  sum: number;
  sum_sq: number;
}

/**
 * Adds up the stored scores of a round's responses scored by the current scoring, per unit and
 * cell of the plan (core/indicators/stats-from-aggregates.ts): n, k, sum and sum of squares, and
 * the groups that exist with n = 0. Sums are taken in response id order (`order by seq`), the
 * order the recompute in Node added them, so the doubles are the same to the last bit.
 */
export async function aggregateStoredScores(
  db: DbOrTx,
  scope: ScoreScope,
  plan: AggregationLine[],
): Promise<CellAggregate[]> {
  const result = (await db.execute(sql`
    with scored as (
      select unit_id, scores, row_number() over (order by id) as seq
      from responses
      where round_id = ${scope.roundId} and scored_with = ${scope.fingerprint} ${inUnits(scope.unitIds)}
    ), plan as (
      select * from json_to_recordset(${JSON.stringify(plan)}::json)
        as p(indicator int, slot int, breakdown int, op text, value float8)
    )
    select s.unit_id, p.indicator, p.slot, c.grp, min(s.seq) as first_seq, count(*) as responses,
      count(c.score) as n,
      count(*) filter (where case p.op
        when '>' then c.score > p.value when '>=' then c.score >= p.value
        when '<' then c.score < p.value when '<=' then c.score <= p.value
        when '=' then c.score = p.value else false end) as k,
      coalesce(sum(c.score order by s.seq), 0) as sum,
      coalesce(sum(c.score * c.score order by s.seq), 0) as sum_sq
    from scored s cross join plan p
    cross join lateral (
      select (s.scores -> 0 ->> p.indicator)::float8 as score,
        case when p.slot = 0 then '' else s.scores -> 1 ->> p.breakdown end as grp
    ) c
    where c.grp is not null
    group by s.unit_id, p.indicator, p.slot, c.grp`)) as unknown as { rows: AggregateRow[] };
  return result.rows.map((row) => ({
    unitId: row.unit_id,
    indicator: row.indicator,
    slot: row.slot,
    group: row.grp,
    firstSeq: Number(row.first_seq),
    responses: Number(row.responses),
    n: Number(row.n),
    k: Number(row.k),
    sum: Number(row.sum),
    sumSq: Number(row.sum_sq),
  }));
}
