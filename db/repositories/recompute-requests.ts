import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { recomputeRequests } from '../schema';

export interface RecomputeRequest {
  roundId: string;
  unitId: string;
  version: number;
}

export async function countRecomputeRequests(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(recomputeRequests);
  return row!.n;
}

/** Every pending marker of a round, with its version. */
export async function listRoundRecomputeRequests(db: DbOrTx, roundId: string): Promise<RecomputeRequest[]> {
  return db
    .select({
      roundId: recomputeRequests.roundId,
      unitId: recomputeRequests.unitId,
      version: recomputeRequests.version,
    })
    .from(recomputeRequests)
    .where(eq(recomputeRequests.roundId, roundId));
}

/**
 * Clears each marker only if it is still the version read before the recompute started. A
 * response committed meanwhile bumped the version (its statement holds the row lock until it
 * commits, and the DELETE re-checks the row then), so its marker stays for the next run.
 */
export async function clearRecomputeRequests(db: DbOrTx, requests: RecomputeRequest[]): Promise<void> {
  for (let start = 0; start < requests.length; start += 500) {
    const batch = requests.slice(start, start + 500);
    await db
      .delete(recomputeRequests)
      .where(
        or(
          ...batch.map((r) =>
            and(
              eq(recomputeRequests.roundId, r.roundId),
              eq(recomputeRequests.unitId, r.unitId),
              eq(recomputeRequests.version, r.version),
            ),
          ),
        ),
      );
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
