import { eq, sql } from 'drizzle-orm';
import type { GoalStatus } from '../../core/goals/evaluate-goal';
import type { IndicatorStats } from '../../core/indicators/indicator-stats';
import type { PlannedValue, Published, ShownNumbers } from '../../core/releases/plan-released-value';
import type { ReleaseKind } from '../../core/releases/release-kind';
import type { DbOrTx } from '../database';
import { roundReleases } from '../schema';
import { summaryColumns } from './releases';

export type GoalNumbers = ShownNumbers & { status: GoalStatus };

export interface CellAddress {
  unitId: string;
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
}

/** A value as a release stored it: its data then, and what it showed. */
interface StoredValue<T extends ShownNumbers> {
  data: IndicatorStats;
  shownFresh: boolean;
  published: Published<T> | null;
}

export interface StoredRelease {
  id: string;
  seq: number;
  kind: ReleaseKind;
  releasedAt: Date;
  responseCounts: Map<string, number>;
  cells: (CellAddress & StoredValue<ShownNumbers> & { definitionHash: string })[];
  goals: ({ goalId: string; unitId: string } & StoredValue<GoalNumbers>)[];
}

/**
 * Every release of a round with its values, oldest first: what a new release is audited against
 * and carries numbers from.
 */
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
        id: h.id,
        seq: h.seq,
        kind: h.kind,
        releasedAt: new Date(h.releasedAt),
        responseCounts: new Map(Object.entries(h.responseCounts as Record<string, number>)),
        cells: [],
        goals: [],
      },
    ]),
  );
  const cells = (await db.execute(sql`
    select v.release_id, v.unit_id, v.indicator_key, v.breakdown_key, v.breakdown_value, ${STORED}
    from round_releases r join released_values v on v.release_id = r.id
    where r.round_id = ${roundId}`)) as unknown as { rows: (StoredRow & CellRow)[] };
  for (const row of cells.rows)
    releases.get(row.release_id)!.cells.push({
      unitId: row.unit_id,
      indicatorKey: row.indicator_key,
      breakdownKey: row.breakdown_key,
      breakdownValue: row.breakdown_value,
      definitionHash: row.definition_hash,
      ...storedValue(row, (numbers) => numbers),
    });
  const goals = (await db.execute(sql`
    select v.release_id, v.goal_id, v.unit_id, v.status, ${STORED}
    from round_releases r join released_goal_values v on v.release_id = r.id
    where r.round_id = ${roundId}`)) as unknown as { rows: (StoredRow & GoalRow)[] };
  for (const row of goals.rows)
    releases.get(row.release_id)!.goals.push({
      goalId: row.goal_id,
      unitId: row.unit_id,
      ...storedValue(row, (numbers) => ({ ...numbers, status: row.status })),
    });
  return [...releases.values()];
}

const STORED = sql.raw(`v.data_n, v.data_k, v.data_sum, v.data_sum_sq, v.shown_fresh, v.published_in_seq,
  v.published_at, v.n, v.value, v.ci_low, v.ci_high, v.stat_k, v.stat_sum, v.stat_sum_sq, v.population,
  v.definition_hash`);

interface StoredRow {
  release_id: string;
  unit_id: string;
  data_n: number;
  data_k: number;
  data_sum: number;
  data_sum_sq: number;
  shown_fresh: boolean;
  published_in_seq: number | null;
  published_at: Date | string | null;
  n: number | null;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  stat_k: number | null;
  stat_sum: number | null;
  stat_sum_sq: number | null;
  population: number | null;
  definition_hash: string;
}
type CellRow = { indicator_key: string; breakdown_key: string; breakdown_value: string };
type GoalRow = { goal_id: string; status: GoalStatus };

function storedValue<T extends ShownNumbers>(
  row: StoredRow,
  numbersOf: (numbers: ShownNumbers) => T,
): StoredValue<T> {
  const data = { n: row.data_n, k: row.data_k, sum: row.data_sum, sumSq: row.data_sum_sq };
  if (row.published_in_seq === null || row.n === null)
    return { data, shownFresh: row.shown_fresh, published: null };
  const numbers = numbersOf({
    n: row.n,
    value: row.value,
    ciLow: row.ci_low,
    ciHigh: row.ci_high,
    stats: { n: row.n, k: row.stat_k ?? 0, sum: row.stat_sum ?? 0, sumSq: row.stat_sum_sq ?? 0 },
    population: row.population,
    definitionHash: row.definition_hash,
  });
  return {
    data,
    shownFresh: row.shown_fresh,
    published: { numbers, seq: row.published_in_seq, at: new Date(row.published_at!) },
  };
}

/** The columns a planned value writes, named as released_values' and released_goal_values'. */
function valueRecord<T extends ShownNumbers>(planned: PlannedValue<T>) {
  const { live, published } = planned;
  const shown = published?.numbers;
  return {
    unit_id: '',
    data_n: live.stats.n,
    data_k: live.stats.k,
    data_sum: live.stats.sum,
    data_sum_sq: live.stats.sumSq,
    shown_fresh: planned.shownFresh,
    published_in_seq: published?.seq ?? null,
    published_at: published?.at.toISOString() ?? null,
    n: shown?.n ?? null,
    value: shown?.value ?? null,
    ci_low: shown?.ciLow ?? null,
    ci_high: shown?.ciHigh ?? null,
    stat_k: shown?.stats.k ?? null,
    stat_sum: shown?.stats.sum ?? null,
    stat_sum_sq: shown?.stats.sumSq ?? null,
    population: shown?.population ?? null,
    // Not null in the table: a value never shown keeps its definition's fingerprint now.
    definition_hash: shown?.definitionHash ?? live.definitionHash,
  };
}

const VALUE_TYPES = `data_n int, data_k int, data_sum float8, data_sum_sq float8, shown_fresh bool,
  published_in_seq int, published_at timestamptz, n int, value float8, ci_low float8, ci_high float8,
  stat_k int, stat_sum float8, stat_sum_sq float8, population int, definition_hash text`;
const VALUE_COLUMNS = `data_n, data_k, data_sum, data_sum_sq, shown_fresh, published_in_seq, published_at,
  n, value, ci_low, ci_high, stat_k, stat_sum, stat_sum_sq, population, definition_hash`;

/** A release's every published cell, a JSON document per 20,000 (a national round has ~7,000). */
export async function insertReleasedValues(
  db: DbOrTx,
  release: { id: string; municipalityId: string; roundId: string },
  cells: (PlannedValue<ShownNumbers> & CellAddress & { instrumentVersionId: string })[],
): Promise<void> {
  for (let start = 0; start < cells.length; start += 20_000) {
    const records = cells.slice(start, start + 20_000).map((c) => ({
      ...valueRecord(c),
      unit_id: c.unitId,
      indicator_key: c.indicatorKey,
      breakdown_key: c.breakdownKey,
      breakdown_value: c.breakdownValue,
      instrument_version_id: c.instrumentVersionId,
    }));
    await db.execute(sql`
      insert into released_values (release_id, municipality_id, round_id, unit_id, indicator_key,
        breakdown_key, breakdown_value, instrument_version_id, ${sql.raw(VALUE_COLUMNS)})
      select ${release.id}::uuid, ${release.municipalityId}::uuid, ${release.roundId}::uuid, t.*
      from json_to_recordset(${JSON.stringify(records)}::json) as t(unit_id uuid, indicator_key text,
        breakdown_key text, breakdown_value text, instrument_version_id uuid, ${sql.raw(VALUE_TYPES)})`);
  }
}

/** A release's every goal value, like insertReleasedValues; a value shown by none is 'hidden'. */
export async function insertReleasedGoalValues(
  db: DbOrTx,
  release: { id: string; municipalityId: string; roundId: string },
  goals: (PlannedValue<GoalNumbers> & { goalId: string; unitId: string })[],
): Promise<void> {
  for (let start = 0; start < goals.length; start += 20_000) {
    const records = goals.slice(start, start + 20_000).map((g) => ({
      ...valueRecord(g),
      goal_id: g.goalId,
      unit_id: g.unitId,
      status: g.published?.numbers.status ?? 'hidden',
    }));
    await db.execute(sql`
      insert into released_goal_values (release_id, municipality_id, round_id, goal_id, unit_id, status,
        ${sql.raw(VALUE_COLUMNS)})
      select ${release.id}::uuid, ${release.municipalityId}::uuid, ${release.roundId}::uuid, t.*
      from json_to_recordset(${JSON.stringify(records)}::json) as t(goal_id uuid, unit_id uuid,
        status text, ${sql.raw(VALUE_TYPES)})`);
  }
}
