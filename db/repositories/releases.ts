import { and, desc, eq, sql } from 'drizzle-orm';
import type { ReleaseKind } from '../../core/releases/release-kind';
import type { DbOrTx } from '../database';
import { roundReleases, rounds } from '../schema';

export interface ReleaseHead {
  municipalityId: string;
  roundId: string;
  seq: number;
  kind: ReleaseKind;
  releasedAt: Date;
  responseCounts: Map<string, number>;
  hiddenCells: number;
  hiddenRespondents: number;
}

/** A release as the rounds page lists it. */
export interface ReleaseSummary {
  id: string;
  roundId: string;
  seq: number;
  kind: ReleaseKind;
  releasedAt: Date;
  hiddenCells: number;
  hiddenRespondents: number;
}

export const summaryColumns = {
  id: roundReleases.id,
  roundId: roundReleases.roundId,
  seq: roundReleases.seq,
  kind: roundReleases.kind,
  releasedAt: roundReleases.releasedAt,
  hiddenCells: roundReleases.hiddenCells,
  hiddenRespondents: roundReleases.hiddenRespondents,
};

/** A municipality's releases (or one round's), newest first within each round. */
export async function listReleases(
  db: DbOrTx,
  of: { municipalityId: string; roundId?: string },
): Promise<ReleaseSummary[]> {
  return db
    .select(summaryColumns)
    .from(roundReleases)
    .where(
      and(
        eq(roundReleases.municipalityId, of.municipalityId),
        of.roundId ? eq(roundReleases.roundId, of.roundId) : undefined,
      ),
    )
    .orderBy(roundReleases.roundId, desc(roundReleases.seq));
}

/** Each round's latest release (what readers see), by round id; rounds without one are absent. */
export async function listLatestReleases(
  db: DbOrTx,
  municipalityId: string,
): Promise<Map<string, ReleaseSummary>> {
  const rows = await db
    .select(summaryColumns)
    .from(rounds)
    .innerJoin(roundReleases, eq(roundReleases.id, rounds.latestReleaseId))
    .where(eq(rounds.municipalityId, municipalityId));
  return new Map(rows.map((r) => [r.roundId, r]));
}

/** Writes a release's head row and makes it the round's latest; returns its id. */
export async function insertRelease(db: DbOrTx, head: ReleaseHead): Promise<string> {
  const [row] = await db
    .insert(roundReleases)
    .values({
      municipalityId: head.municipalityId,
      roundId: head.roundId,
      seq: head.seq,
      kind: head.kind,
      releasedAt: head.releasedAt,
      responseCounts: Object.fromEntries(head.responseCounts),
      hiddenCells: head.hiddenCells,
      hiddenRespondents: head.hiddenRespondents,
    })
    .returning({ id: roundReleases.id });
  return row!.id;
}

export async function setLatestRelease(db: DbOrTx, roundId: string, releaseId: string): Promise<void> {
  await db.update(rounds).set({ latestReleaseId: releaseId }).where(eq(rounds.id, roundId));
}

/**
 * Closed rounds with responses whose latest release is missing or not final: each is owed its
 * final release (today as the worker's clock has it).
 */
export async function listRoundsOwingFinalRelease(db: DbOrTx, today: string): Promise<string[]> {
  const result = (await db.execute(sql`
    select r.id from rounds r
    left join round_releases l on l.id = r.latest_release_id
    where r.closes_on < ${today}::date and (l.id is null or l.kind <> 'final')
      and exists (select 1 from responses s where s.round_id = r.id)`)) as unknown as {
    rows: { id: string }[];
  };
  return result.rows.map((r) => r.id);
}

/** A round's latest release, if it has one. */
export async function findLatestRelease(db: DbOrTx, roundId: string): Promise<ReleaseSummary | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(rounds)
    .innerJoin(roundReleases, eq(roundReleases.id, rounds.latestReleaseId))
    .where(eq(rounds.id, roundId));
  return row;
}
