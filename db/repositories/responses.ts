import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { orgUnits, recomputeRequests, responses } from '../schema';

export interface NewResponse {
  municipalityId: string;
  roundId: string;
  unitId: string;
  submissionId: string | null;
  answers: Record<string, unknown>;
  /** The answers' scores (CompactScore), if computed at submit. */
  scores?: unknown;
  /** The fingerprint of the scoring that made `scores` (scoringFingerprint); without it they are rescored. */
  scoredWith?: string;
  submittedOn: string;
}

/** The personal token a response spends: its batch and position (never stored with the response). */
export interface SpentToken {
  batchId: string;
  position: number;
  codeHash: string;
}

export type StoreResult = { id: string; created: boolean } | { tokenUsed: true } | PersonalLinksOnlyRefusal;

/**
 * An open-link response to a round answered only through personal links: not stored. Checked in
 * the insert itself, so a round switched to personal links only takes no further open-link answer
 * from any server process, whatever a link cache still holds.
 */
export type PersonalLinksOnlyRefusal = { personalLinksOnly: true };

/** Open-link answers are inserted only into rounds that take them (SQL over `round_id`). */
const takesOpenLinks = (roundId: ReturnType<typeof sql>) =>
  sql`not exists (select 1 from rounds where rounds.id = ${roundId} and rounds.personal_links_only)`;

/**
 * Stores the response and marks its unit for recompute in one statement (both or neither): the
 * response is kept before anything else happens to it, and the marker outlives a Redis outage.
 * With a personal token, the same statement spends it (its bit in the batch) and removes its draft;
 * the response row is the same as from an open link, so nothing ties it to the token.
 * A repeated submissionId stores nothing and returns the first response's id.
 */
export async function storeResponse(
  db: DbOrTx,
  response: NewResponse,
  token?: SpentToken,
): Promise<StoreResult> {
  const values = sql`${response.municipalityId}::uuid, ${response.roundId}::uuid, ${response.unitId}::uuid,
    ${response.submissionId}::uuid, ${JSON.stringify(response.answers)}::jsonb,
    ${response.scores === undefined ? null : JSON.stringify(response.scores)}::jsonb,
    ${response.scores === undefined ? null : (response.scoredWith ?? null)}::text, ${response.submittedOn}::date`;
  const spend = token
    ? sql`spent as (
        update token_batches set spent = set_bit(spent, ${token.position}, 1)
        where id = ${token.batchId} and get_bit(spent, ${token.position}) = 0
          and not exists (select 1 from responses where submission_id = ${response.submissionId}::uuid)
        returning id
      ), dropped as (
        delete from token_drafts where code_hash = ${token.codeHash} and exists (select 1 from spent)
      ),`
    : sql``;
  const result = (await db.execute(sql`
    with ${spend} inserted as (
      insert into responses (municipality_id, round_id, unit_id, submission_id, answers, scores, scored_with,
        submitted_on)
      select ${values} where ${token ? sql`exists (select 1 from spent)` : takesOpenLinks(sql`${response.roundId}::uuid`)}
      on conflict (submission_id) do nothing
      returning id, municipality_id, round_id, unit_id
    ), marked as (
      insert into recompute_requests (municipality_id, round_id, unit_id)
      select municipality_id, round_id, unit_id from inserted
    )
    select id from inserted`)) as unknown as { rows: { id: string }[] };
  // node-postgres and PGlite both answer execute() with { rows }.
  const [inserted] = result.rows;
  if (inserted) return { id: inserted.id, created: true };
  const [first] = response.submissionId
    ? await db
        .select({ id: responses.id })
        .from(responses)
        .where(eq(responses.submissionId, response.submissionId))
    : [];
  if (first) return { id: first.id, created: false };
  if (token) return { tokenUsed: true };
  return { personalLinksOnly: true };
}

export async function requestRecompute(
  db: DbOrTx,
  ref: { municipalityId: string; roundId: string; unitId: string },
): Promise<void> {
  await db
    .insert(recomputeRequests)
    .values({ municipalityId: ref.municipalityId, roundId: ref.roundId, unitId: ref.unitId });
}

export interface StoredAnswers {
  unitPath: string;
  answers: Record<string, unknown>;
}

/** Every response of the round from the subtree under `path`, with the path of its unit. */
export async function listAnswersInSubtree(
  db: DbOrTx,
  roundId: string,
  path: string,
): Promise<StoredAnswers[]> {
  const rows = await db
    .select({ unitPath: orgUnits.path, answers: responses.answers })
    .from(responses)
    .innerJoin(orgUnits, eq(orgUnits.id, responses.unitId))
    .where(and(eq(responses.roundId, roundId), like(orgUnits.path, `${path}%`)));
  return rows as StoredAnswers[];
}

export async function countResponses(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(responses);
  return row!.n;
}

export interface UnitResponse {
  unitId: string;
  /** Stored scores (CompactScore) made by the current scoring, or null. */
  scores: unknown;
  /** Only when no such scores are stored. */
  answers: Record<string, unknown> | null;
}

/**
 * The responses given directly to the listed units (not their subtrees): their stored scores when
 * the current scoring (`fingerprint`) made them, otherwise their answers to score.
 */
export async function listScoresOfUnits(
  db: DbOrTx,
  roundId: string,
  unitIds: string[],
  fingerprint: string,
): Promise<UnitResponse[]> {
  if (unitIds.length === 0) return [];
  const trusted = sql`${responses.scoredWith} = ${fingerprint} and ${responses.scores} is not null`;
  const rows = await db
    .select({
      unitId: responses.unitId,
      scores: sql<unknown>`case when ${trusted} then ${responses.scores} end`,
      answers: sql<Record<
        string,
        unknown
      > | null>`case when ${trusted} then null else ${responses.answers} end`,
    })
    .from(responses)
    .where(and(eq(responses.roundId, roundId), inArray(responses.unitId, unitIds)))
    // In id order, as a full recompute adds them: the same sums to the last bit.
    .orderBy(asc(responses.id));
  return rows;
}

/** Responses per unit in a round. */
export async function countRoundResponsesByUnit(db: DbOrTx, roundId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ unitId: responses.unitId, n: sql<number>`count(*)::int` })
    .from(responses)
    .where(eq(responses.roundId, roundId))
    .groupBy(responses.unitId);
  return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
}

/** Whether a round has any response at all (through the round-and-unit index). */
export async function roundHasResponses(db: DbOrTx, roundId: string): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(responses)
    .where(eq(responses.roundId, roundId))
    .limit(1);
  return rows.length > 0;
}

/** Responses per round of a municipality. */
export async function countResponsesByRound(
  db: DbOrTx,
  municipalityId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ roundId: responses.roundId, n: sql<number>`count(*)::int` })
    .from(responses)
    .where(eq(responses.municipalityId, municipalityId))
    .groupBy(responses.roundId);
  return new Map(rows.map((r) => [r.roundId, Number(r.n)]));
}

/** The non-empty answers to the given free-text questions in a round, from the subtree under `path`. */
export async function listCommentsInSubtree(
  db: DbOrTx,
  roundId: string,
  path: string,
  questions: string[],
): Promise<string[]> {
  if (questions.length === 0) return [];
  const fields = sql.join(
    questions.map((q) => sql`r.answers ->> ${q}`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    select array[${fields}] as texts
    from responses r join org_units u on u.id = r.unit_id
    where r.round_id = ${roundId} and u.path like ${`${path}%`}`)) as unknown as {
    rows: { texts: (string | null)[] }[];
  };
  return result.rows
    .flatMap((r) => r.texts)
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '');
}

/**
 * Stores many open-link responses in one statement (and one commit), with their recompute markers:
 * the intake's group commit (server/intake/response-batcher.ts). Every response must carry a
 * submissionId; a repeated one (earlier, or twice in the list) stores nothing and maps to the first.
 * Returns, per input, the stored id and whether this call created it.
 */
export async function storeResponses(
  db: DbOrTx,
  list: (NewResponse & { submissionId: string })[],
): Promise<({ id: string; created: boolean } | PersonalLinksOnlyRefusal)[]> {
  const rows = list.map((r) => ({
    m: r.municipalityId,
    r: r.roundId,
    u: r.unitId,
    s: r.submissionId,
    a: r.answers,
    c: r.scores ?? null,
    w: r.scores === undefined ? null : (r.scoredWith ?? null),
    d: r.submittedOn,
  }));
  // One JSON parameter: the same SQL on node-postgres and PGlite, whatever the batch size.
  const result = (await db.execute(sql`
    with input as (
      select (e->>'m')::uuid as municipality_id, (e->>'r')::uuid as round_id, (e->>'u')::uuid as unit_id,
             (e->>'s')::uuid as submission_id, e->'a' as answers,
             case when jsonb_typeof(e->'c') = 'null' then null else e->'c' end as scores, e->>'w' as scored_with,
             (e->>'d')::date as submitted_on
      from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) as e
    ), inserted as (
      insert into responses (municipality_id, round_id, unit_id, submission_id, answers, scores, scored_with,
        submitted_on)
      select municipality_id, round_id, unit_id, submission_id, answers, scores, scored_with, submitted_on
      from input
      where ${takesOpenLinks(sql`input.round_id`)}
      on conflict (submission_id) do nothing
      returning id, submission_id, municipality_id, round_id, unit_id
    ), marked as (
      insert into recompute_requests (municipality_id, round_id, unit_id)
      select distinct municipality_id, round_id, unit_id from inserted
    )
    select id, submission_id from inserted
    union all
    select null, i.submission_id from input i join rounds r on r.id = i.round_id where r.personal_links_only
    `)) as unknown as {
    rows: { id: string | null; submission_id: string }[];
  };
  const refused = new Set(result.rows.filter((r) => r.id === null).map((r) => r.submission_id));
  const created = new Map(
    result.rows.flatMap((r) => (r.id === null ? [] : [[r.submission_id, r.id] as const])),
  );
  const missing = list.map((r) => r.submissionId).filter((s) => !created.has(s));
  const earlier = missing.length
    ? new Map(
        (
          await db
            .select({ id: responses.id, submissionId: responses.submissionId })
            .from(responses)
            .where(inArray(responses.submissionId, [...new Set(missing)]))
        ).map((r) => [r.submissionId!, r.id]),
      )
    : new Map<string, string>();
  // Within one batch, the first of two equal submissionIds is the one created.
  const claimed = new Set<string>();
  return list.map((r) => {
    const id = created.get(r.submissionId);
    if (id !== undefined && !claimed.has(r.submissionId)) {
      claimed.add(r.submissionId);
      return { id, created: true };
    }
    const found = id ?? earlier.get(r.submissionId);
    if (found === undefined && refused.has(r.submissionId)) return { personalLinksOnly: true as const };
    if (found === undefined) throw new Error(`response ${r.submissionId} neither stored nor found`);
    return { id: found, created: false };
  });
}
