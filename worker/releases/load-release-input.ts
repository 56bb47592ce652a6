import type { EarlierRelease, ReleaseAuditInput } from '../../core/anonymity/release-audit';
import type { IndicatorStats } from '../../core/indicators/indicator-stats';
import type { DbOrTx } from '../../db/database';
import { listGoalsForInstrument, listLiveGoalValues, type LiveGoalValue } from '../../db/repositories/goals';
import { listLiveCells, type LiveCell } from '../../db/repositories/indicator-values';
import { listStoredReleases, type StoredRelease } from '../../db/repositories/release-contents';
import { countRoundResponsesByUnit } from '../../db/repositories/responses';
import type { Goal } from '../../db/repositories/goals';
import type { RecomputeDeps, RoundContext } from '../processors/round-context';

/** Everything a release reads, in its transaction, and the audit's view of it. */
export interface ReleaseInput {
  cells: LiveCell[];
  goals: LiveGoalValue[];
  /** The goals measured on the round's instrument. */
  goalIds: string[];
  responseCounts: Map<string, number>;
  /** Oldest first. */
  earlier: StoredRelease[];
  audit: ReleaseAuditInput;
}

/**
 * Reads a round's live cells (unless the caller has them: it just wrote them) and goal values,
 * the unit tree, each unit's own response count now and every earlier release of the round, and
 * shapes them as the release audit takes them.
 */
export async function loadReleaseInput(
  tx: DbOrTx,
  deps: RecomputeDeps,
  { round, instrument }: RoundContext,
  liveCells?: LiveCell[],
): Promise<ReleaseInput> {
  const cells = liveCells ?? (await listLiveCells(tx, round.id));
  const goalList = await listGoalsForInstrument(tx, round.municipalityId, round.instrumentKey);
  const goalOf = new Map(goalList.map((g) => [g.id, g]));
  const goals = await listLiveGoalValues(
    tx,
    round.id,
    goalList.map((g) => g.id),
  );
  const responseCounts = await countRoundResponsesByUnit(tx, round.id);
  const earlier = await listStoredReleases(tx, round.id);
  // A unit created since the tree was cached is read again (the tree cache's mustInclude).
  const units = await deps.trees.get(tx, round.municipalityId, [...new Set(cells.map((c) => c.unitId))]);
  return {
    cells,
    goals,
    goalIds: goalList.map((g) => g.id),
    responseCounts,
    earlier,
    audit: {
      units: units.map((u) => ({ id: u.id, parentId: u.parentId })),
      indicators: instrument.indicators,
      // Object literals, not spreads: a national round has ~7,000 cells and this runs every release.
      cells: cells.map((c) => ({
        unitId: c.unitId,
        indicatorKey: c.indicatorKey,
        breakdownKey: c.breakdownKey,
        breakdownValue: c.breakdownValue,
        stats: c.numbers.stats,
        suppressed: c.suppressed,
      })),
      goalCells: goals.flatMap((g) =>
        goalCell(goalOf.get(g.goalId), g.unitId, g.numbers.stats, g.numbers.status === 'hidden'),
      ),
      responseCounts,
      earlier: earlier.map((release) => earlierRelease(release, goalOf)),
    },
  };
}

const addressOf = (c: LiveCell | StoredRelease['cells'][number]) => ({
  unitId: c.unitId,
  indicatorKey: c.indicatorKey,
  breakdownKey: c.breakdownKey,
  breakdownValue: c.breakdownValue,
});

/** A goal's value as the audit takes it: with the goal's indicator and breakdown filter. */
function goalCell(goal: Goal | undefined, unitId: string, stats: IndicatorStats, hidden: boolean) {
  if (!goal) return []; // evaluations of a goal no longer on this instrument
  const { id: goalId, indicatorKey, breakdownFilter: filter } = goal;
  return [{ goalId, unitId, indicatorKey, filter, stats, hidden }];
}

/**
 * An earlier release as the audit takes it: each value's data at that release and whether it
 * showed them. The release tables keep no separate "hidden by the unit's own rules" flag, so an
 * earlier value counts as suppressed exactly when that release did not show its own numbers.
 */
function earlierRelease(release: StoredRelease, goalOf: Map<string, Goal>): EarlierRelease {
  return {
    seq: release.seq,
    cells: release.cells.map((c) => ({
      ...addressOf(c),
      stats: c.data,
      suppressed: !c.shownFresh,
      shownFresh: c.shownFresh,
    })),
    goalCells: release.goals.flatMap((g) =>
      goalCell(goalOf.get(g.goalId), g.unitId, g.data, !g.shownFresh).map((cell) => ({
        ...cell,
        shownFresh: g.shownFresh,
      })),
    ),
    responseCounts: release.responseCounts,
  };
}
