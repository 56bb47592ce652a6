import { and, asc, eq, gt, inArray, like, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../database';
import { orgUnits, recomputeRequests, responses } from '../schema';

export interface NewResponse {
  municipalityId: string;
  roundId: string;
  unitId: string;
  submissionId: string | null;
  answers: Record<string, unknown>;
  submittedOn: string;
}

/**
 * Stores the response and marks its unit for recompute in one transaction: the response is
 * kept before anything else happens to it, and the marker outlives a Redis outage.
 * A repeated submissionId stores nothing and returns the first response's id.
 */
export async function storeResponse(
  db: Db,
  response: NewResponse,
): Promise<{ id: string; created: boolean }> {
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(responses)
      .values(response)
      .onConflictDoNothing({ target: responses.submissionId })
      .returning({ id: responses.id });
    if (!inserted) {
      const [first] = await tx
        .select({ id: responses.id })
        .from(responses)
        .where(eq(responses.submissionId, response.submissionId!));
      return { id: first!.id, created: false };
    }
    await requestRecompute(tx, response);
    return { id: inserted.id, created: true };
  });
}

export async function requestRecompute(
  db: DbOrTx,
  ref: { municipalityId: string; roundId: string; unitId: string },
): Promise<void> {
  await db
    .insert(recomputeRequests)
    .values({ municipalityId: ref.municipalityId, roundId: ref.roundId, unitId: ref.unitId })
    .onConflictDoUpdate({
      target: [recomputeRequests.roundId, recomputeRequests.unitId],
      set: { version: sql`nextval('recompute_request_version')`, requestedAt: sql`now()` },
    });
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

/** The responses given directly to the listed units (not their subtrees). */
export async function listAnswersOfUnits(
  db: DbOrTx,
  roundId: string,
  unitIds: string[],
): Promise<{ unitId: string; answers: Record<string, unknown> }[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select({ unitId: responses.unitId, answers: responses.answers })
    .from(responses)
    .where(and(eq(responses.roundId, roundId), inArray(responses.unitId, unitIds)));
  return rows as { unitId: string; answers: Record<string, unknown> }[];
}

/** One page of a round's responses in id order, after `afterId`: a full recompute reads a round in pages. */
export async function readRoundResponsesPage(
  db: DbOrTx,
  roundId: string,
  afterId: string | null,
  limit: number,
): Promise<{ id: string; unitId: string; answers: Record<string, unknown> }[]> {
  const rows = await db
    .select({ id: responses.id, unitId: responses.unitId, answers: responses.answers })
    .from(responses)
    .where(
      afterId === null
        ? eq(responses.roundId, roundId)
        : and(eq(responses.roundId, roundId), gt(responses.id, afterId)),
    )
    .orderBy(asc(responses.id))
    .limit(limit);
  return rows as { id: string; unitId: string; answers: Record<string, unknown> }[];
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
