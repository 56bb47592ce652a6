import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { recomputeRuns } from '../schema';

export interface RecomputeRun {
  id: string;
  municipalityId: string;
  roundId: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  processed: number;
  total: number | null;
  error: string | null;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const columns = {
  id: recomputeRuns.id,
  municipalityId: recomputeRuns.municipalityId,
  roundId: recomputeRuns.roundId,
  status: recomputeRuns.status,
  processed: recomputeRuns.processed,
  total: recomputeRuns.total,
  error: recomputeRuns.error,
  requestedAt: recomputeRuns.requestedAt,
  startedAt: recomputeRuns.startedAt,
  finishedAt: recomputeRuns.finishedAt,
};

export async function createRecomputeRun(
  db: DbOrTx,
  run: { municipalityId: string; roundId: string },
): Promise<RecomputeRun> {
  const [row] = await db.insert(recomputeRuns).values(run).returning(columns);
  return row!;
}

export async function findRecomputeRun(db: DbOrTx, id: string): Promise<RecomputeRun | undefined> {
  const [row] = await db.select(columns).from(recomputeRuns).where(eq(recomputeRuns.id, id));
  return row;
}

export async function latestRecomputeRun(db: DbOrTx, roundId: string): Promise<RecomputeRun | undefined> {
  const [row] = await db
    .select(columns)
    .from(recomputeRuns)
    .where(eq(recomputeRuns.roundId, roundId))
    .orderBy(desc(recomputeRuns.requestedAt))
    .limit(1);
  return row;
}

export async function markRunStarted(db: DbOrTx, id: string, total: number): Promise<void> {
  await db
    .update(recomputeRuns)
    .set({ status: 'running', total, processed: 0, startedAt: new Date(), error: null })
    .where(eq(recomputeRuns.id, id));
}

export async function reportRunProgress(db: DbOrTx, id: string, processed: number): Promise<void> {
  await db.update(recomputeRuns).set({ processed }).where(eq(recomputeRuns.id, id));
}

export async function markRunFinished(db: DbOrTx, id: string, error: string | null): Promise<void> {
  await db
    .update(recomputeRuns)
    .set({ status: error === null ? 'done' : 'failed', error, finishedAt: new Date() })
    .where(eq(recomputeRuns.id, id));
}
