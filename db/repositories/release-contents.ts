import { eq, sql } from 'drizzle-orm';
import type { GoalStatus } from '../../core/goals/evaluate-goal';
import type { IndicatorStats } from '../../core/indicators/indicator-stats';
import type { ReleaseKind } from '../../core/releases/release-kind';
import type { DbOrTx } from '../database';
import { roundReleases } from '../schema';
import { summaryColumns } from './releases';

export interface CellAddress {
  unitId: string;
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
}

/** An earlier release as a new one is audited and compared against: each value's data then. */
export interface StoredRelease {
  id: string;
  seq: number;
  kind: ReleaseKind;
  releasedAt: Date;
  responseCounts: Map<string, number>;
  cells: (CellAddress & { data: IndicatorStats; shownFresh: boolean; definitionHash: string })[];
  /** `status`: what the release showed (carried, or 'hidden' when it showed nothing). */
  goals: { goalId: string; unitId: string; data: IndicatorStats; shownFresh: boolean; status: GoalStatus }[];
}

interface DataRow {
  release_id: string;
  unit_id: string;
  data_n: number;
  data_k: number;
  data_sum: number;
  data_sum_sq: number;
  shown_fresh: boolean;
}

const dataOf = (r: DataRow) => ({ n: r.data_n, k: r.data_k, sum: r.data_sum, sumSq: r.data_sum_sq });

/** Every release of a round with its values' data, oldest first (not the numbers they showed). */
export async function listStoredReleases(db: DbOrTx, roundId: string): Promise<StoredRelease[]> {
  const heads = await db
    .select({ ...summaryColumns, responseCounts: roundReleases.responseCounts })
    .from(roundReleases)
    .where(eq(roundReleases.roundId, roundId))
    .orderBy(roundReleases.seq);
  if (heads.length === 0) return [];
  const releases = new Map<string, StoredRelease>(
    heads.map((h) => [
      h.id,
      {
        ...h,
        releasedAt: new Date(h.releasedAt),
        responseCounts: new Map(Object.entries(h.responseCounts as Record<string, number>)),
        cells: [],
        goals: [],
      },
    ]),
  );
  const cells = (await db.execute(sql`
    select v.release_id, v.unit_id, v.indicator_key, v.breakdown_key, v.breakdown_value, v.data_n, v.data_k,
           v.data_sum, v.data_sum_sq, v.shown_fresh, v.definition_hash
    from round_releases r join released_values v on v.release_id = r.id
    where r.round_id = ${roundId}`)) as unknown as {
    rows: (DataRow & {
      indicator_key: string;
      breakdown_key: string;
      breakdown_value: string;
      definition_hash: string;
    })[];
  };
  for (const row of cells.rows)
    releases.get(row.release_id)!.cells.push({
      unitId: row.unit_id,
      indicatorKey: row.indicator_key,
      breakdownKey: row.breakdown_key,
      breakdownValue: row.breakdown_value,
      data: dataOf(row),
      shownFresh: row.shown_fresh,
      definitionHash: row.definition_hash,
    });
  const goals = (await db.execute(sql`
    select v.release_id, v.goal_id, v.unit_id, v.status, v.data_n, v.data_k, v.data_sum, v.data_sum_sq, v.shown_fresh
    from round_releases r join released_goal_values v on v.release_id = r.id
    where r.round_id = ${roundId}`)) as unknown as {
    rows: (DataRow & { goal_id: string; status: GoalStatus })[];
  };
  for (const row of goals.rows)
    releases.get(row.release_id)!.goals.push({
      goalId: row.goal_id,
      unitId: row.unit_id,
      data: dataOf(row),
      shownFresh: row.shown_fresh,
      status: row.status,
    });
  return [...releases.values()];
}

/** The release being written, and the one before it (whose shown numbers are carried). */
export interface ReleaseWrite {
  id: string;
  roundId: string;
  seq: number;
  at: Date;
  previousId: string | null;
}

/**
 * Copies the round's live published cells into the release in one statement: a cell in `notFresh`
 * (hidden now) keeps the numbers, date and release number the previous release showed for it, or
 * none; every other cell shows its own. Only the (few) keys are sent: at national scale a round
 * has ~7,000 cells, and sending them all as JSON cost more than the copy.
 */
export async function insertReleasedValues(
  db: DbOrTx,
  release: ReleaseWrite,
  notFresh: CellAddress[],
): Promise<void> {
  const keys = notFresh.map((c) => ({
    u: c.unitId,
    i: c.indicatorKey,
    b: c.breakdownKey,
    v: c.breakdownValue,
  }));
  await db.execute(sql`
    with held as (
      select * from json_to_recordset(${JSON.stringify(keys)}::json) as h(u uuid, i text, b text, v text)
    )
    insert into released_values (release_id, municipality_id, round_id, unit_id, indicator_key,
      breakdown_key, breakdown_value, instrument_version_id, ${VALUE_COLUMNS})
    select ${release.id}::uuid, v.municipality_id, v.round_id, v.unit_id, v.indicator_key,
      v.breakdown_key, v.breakdown_value, v.instrument_version_id, ${shownOrCarried(release)}
    from indicator_values v
    left join held h on h.u = v.unit_id and h.i = v.indicator_key and h.b = v.breakdown_key
      and h.v = v.breakdown_value
    cross join lateral (select h.u is null as fresh) s
    left join released_values p on p.release_id = ${release.previousId}::uuid and p.unit_id = v.unit_id
      and p.indicator_key = v.indicator_key and p.breakdown_key = v.breakdown_key
      and p.breakdown_value = v.breakdown_value
    where v.round_id = ${release.roundId} and not v.internal`);
}

/** The goals' live values into the release, like insertReleasedValues; one shown by none is 'hidden'. */
export async function insertReleasedGoalValues(
  db: DbOrTx,
  release: ReleaseWrite,
  goalIds: string[],
  notFresh: { goalId: string; unitId: string }[],
): Promise<void> {
  if (goalIds.length === 0) return;
  const keys = notFresh.map((g) => ({ g: g.goalId, u: g.unitId }));
  await db.execute(sql`
    with held as (select * from json_to_recordset(${JSON.stringify(keys)}::json) as h(g uuid, u uuid))
    insert into released_goal_values (release_id, municipality_id, goal_id, round_id, unit_id, status,
      ${VALUE_COLUMNS})
    select ${release.id}::uuid, v.municipality_id, v.goal_id, v.round_id, v.unit_id,
      case when s.fresh then v.status when p.published_in_seq is not null then p.status else 'hidden' end,
      ${shownOrCarried(release)}
    from goal_evaluations v
    left join held h on h.g = v.goal_id and h.u = v.unit_id
    cross join lateral (select h.g is null as fresh) s
    left join released_goal_values p on p.release_id = ${release.previousId}::uuid and p.goal_id = v.goal_id
      and p.unit_id = v.unit_id
    where v.round_id = ${release.roundId} and v.goal_id = any(${sql.param(goalIds)}::uuid[])`);
}

const VALUE_COLUMNS = sql.raw(`data_n, data_k, data_sum, data_sum_sq, shown_fresh, published_in_seq,
  published_at, n, value, ci_low, ci_high, stat_k, stat_sum, stat_sum_sq, population, definition_hash`);

/**
 * The columns of a copied value (live `v`, previous release's `p`, decision `s.fresh`): its data,
 * and either its own numbers or the previous release's shown ones. A value never shown keeps its
 * definition's fingerprint now (the column is not null).
 */
function shownOrCarried(release: ReleaseWrite) {
  const own = (live: string, carried = live) =>
    sql.raw(`case when s.fresh then v.${live} else p.${carried} end`);
  return sql`v.n, v.stat_k, v.stat_sum, v.stat_sum_sq, s.fresh,
    case when s.fresh then ${release.seq}::int else p.published_in_seq end,
    case when s.fresh then ${release.at.toISOString()}::timestamptz else p.published_at end,
    ${own('n')}, ${own('value')}, ${own('ci_low')}, ${own('ci_high')}, ${own('stat_k')}, ${own('stat_sum')},
    ${own('stat_sum_sq')}, ${own('population')},
    case when s.fresh then v.definition_hash else coalesce(p.definition_hash, v.definition_hash) end`;
}

/**
 * Whether the round's live cells and goal values are those of a release: the same keys with the
 * same statistics, and where the release showed a value's own numbers, the same definition and
 * goal status. Asked in the database, so that a recompute that changed nothing (a full recompute
 * of a released round) costs one query rather than reading both copies.
 */
export async function liveEqualsRelease(
  db: DbOrTx,
  roundId: string,
  releaseId: string,
  goalIds: string[],
): Promise<boolean> {
  // Cells (thousands): one pass over the live cells, each looked up in the release by its key;
  // none missing or different means the live set lies within the release's (keys are unique), and
  // equal counts then mean the two are the same: half the index lookups of an anti-join each way
  // (a full join is planned as a hash join, slower still). Goal values (hundreds) keep the two
  // anti-joins: a release may hold values of a goal since moved off the instrument.
  const result = (await db.execute(sql`
    select (
      select count(*) filter (where r.release_id is null
          or (v.n, v.stat_k, v.stat_sum, v.stat_sum_sq) is distinct from (r.data_n, r.data_k, r.data_sum, r.data_sum_sq)
          or (r.shown_fresh and v.definition_hash is distinct from r.definition_hash)) = 0
        and count(*) = (select count(*) from released_values where release_id = ${releaseId}::uuid)
      from indicator_values v
      left join released_values r on r.release_id = ${releaseId}::uuid and r.unit_id = v.unit_id
        and r.indicator_key = v.indicator_key and r.breakdown_key = v.breakdown_key
        and r.breakdown_value = v.breakdown_value
      where v.round_id = ${roundId} and not v.internal
    ) and not exists (
      select 1 from goal_evaluations v
      left join released_goal_values r on r.release_id = ${releaseId}::uuid and r.goal_id = v.goal_id
        and r.unit_id = v.unit_id
      where v.round_id = ${roundId} and v.goal_id = any(${sql.param(goalIds)}::uuid[]) and (r.release_id is null
        or (v.n, v.stat_k, v.stat_sum, v.stat_sum_sq) is distinct from (r.data_n, r.data_k, r.data_sum, r.data_sum_sq)
        or (r.shown_fresh and v.status is distinct from r.status))
    ) and not exists (
      select 1 from released_goal_values r where r.release_id = ${releaseId}::uuid and not exists (
        select 1 from goal_evaluations v where v.goal_id = r.goal_id and v.round_id = ${roundId}
          and v.unit_id = r.unit_id)
    ) as same`)) as unknown as { rows: { same: boolean }[] };
  return result.rows[0]!.same;
}
