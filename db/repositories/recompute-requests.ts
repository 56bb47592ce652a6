import { eq, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { recomputeRequests } from '../schema';

export interface RecomputeRequest {
  id: number;
  roundId: string;
  unitId: string;
}

export async function countRecomputeRequests(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(recomputeRequests);
  return row!.n;
}

/** Every pending marker of a round (several per unit when several responses came). */
export async function listRoundRecomputeRequests(db: DbOrTx, roundId: string): Promise<RecomputeRequest[]> {
  return db
    .select({
      id: recomputeRequests.id,
      roundId: recomputeRequests.roundId,
      unitId: recomputeRequests.unitId,
    })
    .from(recomputeRequests)
    .where(eq(recomputeRequests.roundId, roundId));
}

/**
 * Deletes exactly the markers a recompute read before it started. A response committed meanwhile
 * has a marker of its own that was not read, so it stays for the next run; intake only inserts,
 * so it never waits for these deletes (nor they for it).
 */
export async function clearRecomputeRequests(db: DbOrTx, requests: RecomputeRequest[]): Promise<void> {
  for (let start = 0; start < requests.length; start += 5000) {
    const ids = requests.slice(start, start + 5000).map((r) => r.id);
    await db.delete(recomputeRequests).where(inArray(recomputeRequests.id, ids));
  }
}

/** Rounds with markers older than `olderThanMs`: their job was lost (Redis down, worker crash) or is queued. */
export async function listStaleRecomputeRounds(db: DbOrTx, olderThanMs: number, limit = 1000) {
  return db
    .selectDistinct({ roundId: recomputeRequests.roundId })
    .from(recomputeRequests)
    .where(lt(recomputeRequests.requestedAt, sql`now() - make_interval(secs => ${olderThanMs / 1000})`))
    .limit(limit);
}
