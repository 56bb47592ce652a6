import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../database';

/** Stored scores are trusted when the current scoring made them (`fingerprint`). */
const trusted = (fingerprint: string) => sql`scored_with = ${fingerprint} and scores is not null`;

/**
 * One page (in id order, after `afterId`) of a round's responses whose stored scores the current
 * scoring did not make (another fingerprint, none, or no scores): their answers, to score again.
 */
export async function listResponsesToRescore(
  db: DbOrTx,
  roundId: string,
  fingerprint: string,
  afterId: string | null,
  limit: number,
): Promise<{ id: string; answers: Record<string, unknown> }[]> {
  const result = (await db.execute(sql`
    select id, answers from responses
    where round_id = ${roundId} and not coalesce(${trusted(fingerprint)}, false)
      ${afterId === null ? sql`` : sql`and id > ${afterId}`}
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

/**
 * One unit's trusted stored scores in response id order, as the JSON text of an array of
 * CompactScore (null: none trusted), the id of its first response with trusted scores, and how
 * many of its responses have scores the current scoring did not make.
 */
export interface UnitScores {
  unitId: string;
  firstId: string | null;
  scoresJson: string | null;
  stale: number;
}

/**
 * One page of a round's units (in unit id order, after `afterUnitId`) with their responses'
 * trusted stored scores, in id order, and a count of the others: one pass over the round's rows
 * both reads the scores and tells whether any must be scored again. One row per unit, not per
 * response: parsing a row costs Node more than parsing the JSON in it. The JSON comes as text,
 * parsed by the caller one unit at a time: a page parsed at once (a million small arrays in a
 * national recompute) lives through collections of the young generation, and copying it was most
 * of the recompute's garbage collection.
 */
export async function readUnitScoresPage(
  db: DbOrTx,
  roundId: string,
  fingerprint: string,
  afterUnitId: string | null,
  limit: number,
): Promise<UnitScores[]> {
  const isTrusted = trusted(fingerprint);
  // A uuid's text sorts as the uuid does (fixed-width lowercase hex): min over the text is the first id.
  const result = (await db.execute(sql`
    select unit_id, min(id::text) filter (where ${isTrusted}) as first_id,
      (json_agg(scores order by id) filter (where ${isTrusted}))::text as scores,
      count(*) filter (where not coalesce(${isTrusted}, false))::int as stale
    from responses
    where round_id = ${roundId} ${afterUnitId === null ? sql`` : sql`and unit_id > ${afterUnitId}`}
    group by unit_id order by unit_id limit ${limit}`)) as unknown as {
    rows: { unit_id: string; first_id: string | null; scores: string | null; stale: number | string }[];
  };
  return result.rows.map((r) => ({
    unitId: r.unit_id,
    firstId: r.first_id,
    scoresJson: r.scores,
    stale: Number(r.stale),
  }));
}
