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

/** One unit's trusted stored scores (CompactScore) in response id order, and its first response's id. */
export interface UnitScores {
  unitId: string;
  firstId: string;
  scores: unknown[];
}

/**
 * One page of a round's units (in unit id order, after `afterUnitId`) with their responses'
 * trusted stored scores, in id order. One row per unit, not per response: parsing a row costs
 * Node more than parsing the JSON in it.
 */
export async function readUnitScoresPage(
  db: DbOrTx,
  roundId: string,
  fingerprint: string,
  afterUnitId: string | null,
  limit: number,
): Promise<UnitScores[]> {
  // A uuid's text sorts as the uuid does (fixed-width lowercase hex): min over the text is the first id.
  const result = (await db.execute(sql`
    select unit_id, min(id::text) as first_id, json_agg(scores order by id) as scores
    from responses
    where round_id = ${roundId} and ${trusted(fingerprint)}
      ${afterUnitId === null ? sql`` : sql`and unit_id > ${afterUnitId}`}
    group by unit_id order by unit_id limit ${limit}`)) as unknown as {
    rows: { unit_id: string; first_id: string; scores: unknown[] | string }[];
  };
  return result.rows.map((r) => ({
    unitId: r.unit_id,
    firstId: r.first_id,
    // node-postgres parses json; PGlite may hand it over as text.
    scores: typeof r.scores === 'string' ? (JSON.parse(r.scores) as unknown[]) : r.scores,
  }));
}
