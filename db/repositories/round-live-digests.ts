import { sql } from 'drizzle-orm';
import { LiveStateDigest } from '../live-state-digest';
import type { StoredCell } from '../../core/indicators/cells-from-stats';
import type { DbOrTx } from '../database';
import type { GoalEvaluation } from './goals';
import type { IndicatorValueScope } from './indicator-values';

/** A round's live state as a full recompute last left it (schema: roundLiveDigests). */
export interface KeptLiveDigest {
  digest: string;
  /** What this live state was found equal to (releaseCheck); null: not checked since. */
  checkedAgainst: string | null;
}

/**
 * The digest of a round's live state as a whole-round write leaves it: every column of every cell
 * (as writeUnitCells writes it) and of every goal value (as saveGoalEvaluations writes it), in the
 * order computed. Equal digests mean equal rows; the same rows in another order only cost a write
 * that changes nothing.
 */
export function liveStateDigest(
  scope: IndicatorValueScope,
  cellsByUnit: Map<string, StoredCell[]>,
  evaluations: GoalEvaluation[],
): string {
  const d = new LiveStateDigest().string(scope.roundId).string(scope.instrumentVersionId);
  for (const [unitId, cells] of cellsByUnit) {
    d.string(unitId).number(cells.length);
    for (const c of cells) {
      // As cellRecord stores it: a suppressed cell keeps n and its statistics, nothing shown.
      const hidden = c.suppressed;
      d.string(c.indicatorKey).string(c.breakdownKey).string(c.breakdownValue);
      d.string(scope.definitionHashes.get(c.indicatorKey) ?? '');
      d.number(c.n)
        .number(hidden ? null : c.k)
        .number(hidden ? null : c.value);
      d.number(hidden ? null : c.ciLow).number(hidden ? null : c.ciHigh);
      d.boolean(hidden).boolean(c.internal);
      d.number(c.stats.k).number(c.stats.sum).number(c.stats.sumSq).number(c.population);
    }
  }
  d.number(evaluations.length);
  for (const e of evaluations) {
    d.string(e.goalId).string(e.roundId).string(e.unitId).string(e.status).string(e.definitionHash);
    d.number(e.n).number(e.value).number(e.ciLow).number(e.ciHigh);
    d.number(e.stats.k).number(e.stats.sum).number(e.stats.sumSq).number(e.population);
  }
  return d.digest();
}

export async function findRoundLiveDigest(db: DbOrTx, roundId: string): Promise<KeptLiveDigest | undefined> {
  const result = (await db.execute(sql`
    select digest, checked_against from round_live_digests where round_id = ${roundId}`)) as unknown as {
    rows: { digest: string; checked_against: string | null }[];
  };
  const row = result.rows[0];
  return row && { digest: row.digest, checkedAgainst: row.checked_against };
}

/** After the round's live rows were written (their triggers forgot the old digest): the new one. */
export async function keepRoundLiveDigest(db: DbOrTx, roundId: string, digest: string): Promise<void> {
  await db.execute(sql`
    insert into round_live_digests (round_id, digest) values (${roundId}, ${digest})
    on conflict (round_id) do update set digest = excluded.digest, checked_against = null`);
}

/**
 * What a release check compared: the release and the goal values it covered (the instrument's
 * goals). The same live state checked against the same release and goals gives the same answer.
 */
export function releaseCheck(releaseId: string, goalIds: string[]): string {
  return [releaseId, ...[...goalIds].sort()].join(' ');
}

/** The live state with this digest, if still the round's, was found equal to a release (releaseCheck). */
export async function noteLiveStateReleased(
  db: DbOrTx,
  roundId: string,
  digest: string,
  checked: string,
): Promise<void> {
  await db.execute(sql`
    update round_live_digests set checked_against = ${checked}
    where round_id = ${roundId} and digest = ${digest}`);
}
