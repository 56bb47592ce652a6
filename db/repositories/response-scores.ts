import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../database';

/** A response as a full recompute reads it: its trusted scores, or else its answers to score. */
export interface ScoredResponse {
  id: string;
  unitId: string;
  /** Stored scores (CompactScore) made by the current scoring; null when there are none such. */
  scores: unknown;
  /** Only when `scores` is null. */
  answers: Record<string, unknown> | null;
}

/**
 * One page of a round's responses in id order, after `afterId`. Scores are sent only when the
 * current scoring (`fingerprint`) made them; otherwise the answers are, to be scored again: scores
 * are a few hundred bytes, answers several kilobytes.
 */
export async function readRoundScoresPage(
  db: DbOrTx,
  roundId: string,
  fingerprint: string,
  afterId: string | null,
  limit: number,
): Promise<ScoredResponse[]> {
  const trusted = sql`scored_with = ${fingerprint} and scores is not null`;
  const result = (await db.execute(sql`
    select id, unit_id, case when ${trusted} then scores end as scores,
           case when ${trusted} then null else answers end as answers
    from responses
    where round_id = ${roundId} ${afterId === null ? sql`` : sql`and id > ${afterId}`}
    order by id limit ${limit}`)) as unknown as {
    rows: { id: string; unit_id: string; scores: unknown; answers: Record<string, unknown> | null }[];
  };
  return result.rows.map((r) => ({ id: r.id, unitId: r.unit_id, scores: r.scores, answers: r.answers }));
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
