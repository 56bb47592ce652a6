import { sql } from 'drizzle-orm';
import { cellsFromStats, type StoredCell } from '../../core/indicators/cells-from-stats';
import { minGroupSizeByKey } from '../../core/indicators/indicator-definition';
import type { StatsTable } from '../../core/indicators/indicator-stats';
import { populationsOf } from '../../core/indicators/roll-up';
import { isWithin } from '../../core/org/org-unit';
import type { Db, DbOrTx } from '../../db/database';
import type { InstrumentCache, LoadedInstrument } from '../../db/instrument-cache';
import {
  listGoalsForInstrument,
  listRoundGoalEvaluations,
  saveGoalEvaluations,
  type Goal,
} from '../../db/repositories/goals';
import {
  cellKey,
  deleteCellsExcept,
  writeUnitCells,
  type StoredUnitCells,
} from '../../db/repositories/indicator-values';
import type { TreeUnit } from '../../db/repositories/org-units';
import { findRound, type Round } from '../../db/repositories/rounds';
import { measureGoal } from './measure-goal';
import type { TreeCache } from './tree-cache';
import type { RoundEvents } from '../../jobs/round-events';

export interface RecomputeDeps {
  db: Db;
  instruments: InstrumentCache;
  trees: TreeCache;
  /** Told after a recompute commits, so open dashboards refresh their response rates. */
  events?: RoundEvents;
}

/** What a recompute of one round needs besides the responses. */
export interface RoundContext {
  round: Round;
  instrument: LoadedInstrument;
}

/** Loaded before any transaction: PGlite has one connection, which a transaction holds. */
export async function loadRoundContext(
  deps: RecomputeDeps,
  roundId: string,
): Promise<RoundContext | undefined> {
  const round = await findRound(deps.db, roundId);
  if (!round) return undefined; // deleted meanwhile: nothing left to compute
  return { round, instrument: await deps.instruments.get(round.instrumentVersionId) };
}

/**
 * Recomputes of one round share ancestors (school, area, municipality): one at a time per round,
 * each reading what it adds up only after taking the lock, so a slower run with an older snapshot
 * never overwrites a newer one.
 */
export async function lockRound(tx: DbOrTx, roundId: string): Promise<void> {
  // Everything a recompute writes is derived, and it clears its markers in the same transaction:
  // a commit lost in a crash leaves the markers, and the sweeper recomputes. So it need not wait
  // for the WAL flush; responses themselves are committed synchronously.
  await tx.execute(sql`set local synchronous_commit = off`);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${roundId}))`);
}

/**
 * Turns subtree statistics into published cells (with suppression and intervals), replaces the
 * units' stored cells and re-judges every goal on this instrument at those units.
 */
export async function publishTables(
  tx: DbOrTx,
  { round, instrument }: RoundContext,
  units: TreeUnit[],
  tables: Map<string, StatsTable>,
  scope: 'changed-units' | 'whole-round',
  previous?: Map<string, StoredUnitCells>,
): Promise<{ patternChanged: boolean; goals: Goal[] }> {
  const populations = populationsOf(units);
  const byId = new Map(units.map((u) => [u.id, u]));
  const levelOf = (unitId: string) => (byId.get(unitId)?.kind === 'municipality' ? 'municipality' : 'unit');
  const cellsByUnit = new Map<string, StoredCell[]>();
  for (const [unitId, table] of tables) {
    cellsByUnit.set(
      unitId,
      cellsFromStats(instrument.indicators, table, levelOf(unitId), populations.get(unitId) ?? null),
    );
  }
  await writeUnitCells(
    tx,
    {
      municipalityId: round.municipalityId,
      roundId: round.id,
      instrumentVersionId: round.instrumentVersionId,
      definitionHashes: instrument.definitionHashes,
    },
    cellsByUnit,
    previous,
  );
  if (scope === 'whole-round') await deleteCellsExcept(tx, round.id, cellsByUnit);
  const goals = await listGoalsForInstrument(tx, round.municipalityId, round.instrumentKey);
  const evaluations = goals.flatMap((goal) =>
    [...tables]
      .filter(([unitId]) => {
        const unit = byId.get(unitId);
        return unit !== undefined && isWithin(unit.path, goal.scopeUnitPath);
      })
      .map(([unitId, table]) =>
        measureGoal(goal, instrument, round, unitId, table, levelOf(unitId), populations.get(unitId) ?? null),
      ),
  );
  const before = new Map(
    (
      await listRoundGoalEvaluations(
        tx,
        round.id,
        goals.map((g) => g.id),
      )
    ).map((e) => [`${e.goalId}|${e.unitId}`, e]),
  );
  await saveGoalEvaluations(tx, round.municipalityId, evaluations);
  const minOf = minGroupSizeByKey(instrument.indicators);
  const goalMin = new Map(goals.map((g) => [g.id, minOf(g.indicatorKey)]));
  const cellsChanged =
    previous === undefined ||
    [...cellsByUnit].some(([unitId, cells]) =>
      cells.some((cell) => {
        const old = previous.get(unitId)?.records.get(cellKey(cell));
        if (old === undefined) return true;
        return (
          old.suppressed !== cell.suppressed ||
          sizeClass(old.n, minOf(cell.indicatorKey)) !== sizeClass(cell.n, minOf(cell.indicatorKey))
        );
      }),
    );
  const goalsChanged = evaluations.some((e) => {
    const old = before.get(`${e.goalId}|${e.unitId}`);
    const min = goalMin.get(e.goalId) ?? 5;
    return (
      old === undefined ||
      (old.status === 'hidden') !== (e.status === 'hidden') ||
      sizeClass(old.n, min) !== sizeClass(e.n, min)
    );
  });
  return { patternChanged: cellsChanged || goalsChanged, goals };
}

/**
 * What the anonymity audit depends on of a cell besides shown or hidden: none, small or enough
 * answers. While no cell changes in these, the last audit still holds.
 */
function sizeClass(n: number, min: number): 'none' | 'small' | 'enough' {
  return n === 0 ? 'none' : n < min ? 'small' : 'enough';
}
