import { sql } from 'drizzle-orm';
import type { AnonymityRules } from '../../core/anonymity/anonymity-rules';
import type { BoundSolver } from '../../core/anonymity/bound-solver';
import {
  classGradeBreakdownKey,
  gradeGroupPopulation,
  peopleByGrade,
} from '../../core/indicators/class-grade-groups';
import {
  cellsFromStats,
  type GroupPopulation,
  type StoredCell,
} from '../../core/indicators/cells-from-stats';
import type { StatsTable } from '../../core/indicators/indicator-stats';
import { populationsFor } from '../../core/indicators/unit-populations';
import { roundState } from '../../core/surveys/round-state';
import { isWithin } from '../../core/org/org-unit';
import type { Db, DbOrTx } from '../../db/database';
import type { InstrumentCache, LoadedInstrument } from '../../db/instrument-cache';
import { listGoalsForInstrument, saveGoalEvaluations } from '../../db/repositories/goals';
import {
  findRoundLiveDigest,
  keepRoundLiveDigest,
  liveStateDigest,
} from '../../db/repositories/round-live-digests';
import {
  liveCellsOf,
  writeUnitCells,
  type LiveCell,
  type StoredUnitCells,
} from '../../db/repositories/indicator-values';
import { cellsGone, deleteCells, loadRoundCellSignatures } from '../../db/repositories/round-cells';
import type { TreeUnit } from '../../db/repositories/org-units';
import {
  keepRoundPopulations,
  latestHeadcounts,
  loadRoundPopulations,
} from '../../db/repositories/round-populations';
import { findRound, type Round } from '../../db/repositories/rounds';
import { measureGoal } from './measure-goal';
import type { TreeCache } from './tree-cache';
import type { RoundEvents } from '../../jobs/round-events';

export interface RecomputeDeps {
  db: Db;
  instruments: InstrumentCache;
  trees: TreeCache;
  /** Told after a recompute or release commits, so open dashboards refresh. */
  events?: RoundEvents;
  /** The clock: whether a round has closed (its releases are then final). */
  now: () => Date;
  /** Which protections are on: all of them, except in tests that show the attacks they stop. */
  anonymity: AnonymityRules;
  /** The release audit's bound solver (HiGHS), loaded once per process. */
  solver: BoundSolver | null;
  /** Told how long each release audit took (a metric). */
  onAudited?: (seconds: number) => void;
}

/** What a recompute of one round needs besides the responses. */
export interface RoundContext {
  round: Round;
  instrument: LoadedInstrument;
  /** Each unit's population for the round's instrument (null: unknown, no correction). */
  populations: Map<string, number | null>;
}

/** Loaded before any transaction: PGlite has one connection, which a transaction holds. */
export async function loadRoundContext(
  deps: RecomputeDeps,
  roundId: string,
): Promise<RoundContext | undefined> {
  const round = await findRound(deps.db, roundId);
  if (!round) return undefined; // deleted meanwhile: nothing left to compute
  const instrument = await deps.instruments.get(round.instrumentVersionId);
  return { round, instrument, populations: await roundPopulationsOf(deps, round, instrument) };
}

/**
 * The populations a round's values are corrected with: today's while it runs; once it has
 * closed, those it had then, kept in the database the first time a closed round is computed, so a
 * recompute next year does not use next year's class sizes.
 */
async function roundPopulationsOf(
  deps: RecomputeDeps,
  round: Round,
  instrument: LoadedInstrument,
): Promise<Map<string, number | null>> {
  const closed = roundState(round, deps.now().toISOString().slice(0, 10)) === 'closed';
  if (closed) {
    const kept = await loadRoundPopulations(deps.db, round.id);
    if (kept.size > 0) return kept;
  }
  const group = instrument.indicators.instrument.population;
  const units = await deps.trees.get(deps.db, round.municipalityId);
  const headcounts =
    group === 'employees' ? await latestHeadcounts(deps.db, round.municipalityId, round.closesOn) : new Map();
  const populations = populationsFor(
    group,
    units.map((unit) => ({
      id: unit.id,
      parentId: unit.parentId,
      served: unit.population,
      families: unit.families,
      employees: unit.employees,
      headcount: headcounts.get(unit.id) ?? null,
    })),
  );
  if (closed) await keepRoundPopulations(deps.db, round.id, populations);
  return populations;
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
  // One statement (set_config(…, true) is SET LOCAL): each round trip counts at a national recompute.
  await tx.execute(
    sql`select set_config('synchronous_commit', 'off', true), pg_advisory_xact_lock(hashtext(${roundId}))`,
  );
}

/**
 * What a whole-round publish leaves: the round's published live cells (built only when asked: a
 * release that finds nothing changed never needs them) and the digest of the live state.
 */
export interface PublishedRound {
  cells: () => LiveCell[];
  digest: string;
  /** What this live state was found equal to before (releaseCheck), if anything. */
  checkedAgainst: string | null;
}

/**
 * Turns subtree statistics into the live cells (with suppression and intervals) and judges every
 * goal on this instrument at those units; then replaces the units' stored cells and goal values.
 * This is the working state a release copies; no reader sees it directly. A whole round compares
 * the digest of what it computed with the one kept when the round's rows were last written
 * (docs/decisions/0023): equal, nothing is read back or written; else it compares with every
 * stored cell, writes what differs and keeps the new digest. It returns what a release in the same
 * transaction needs.
 */
export async function publishTables(
  tx: DbOrTx,
  context: RoundContext,
  units: TreeUnit[],
  tables: Map<string, StatsTable>,
  scope: 'changed-units' | 'whole-round',
  previous?: Map<string, StoredUnitCells>,
): Promise<PublishedRound | undefined> {
  const { round, instrument, populations } = context;
  const byId = new Map(units.map((u) => [u.id, u]));
  const levelOf = (unitId: string) => (byId.get(unitId)?.kind === 'municipality' ? 'municipality' : 'unit');
  const people = peopleByGrade(units, populations);
  const gradeKey = classGradeBreakdownKey(instrument.indicators);
  const groupPopulationAt =
    (unitId: string, table: StatsTable): GroupPopulation =>
    (indicatorKey, breakdownKey, values) =>
      breakdownKey === gradeKey
        ? gradeGroupPopulation(table, indicatorKey, people.get(unitId) ?? null, values)
        : null;
  const cellsByUnit = new Map<string, StoredCell[]>();
  for (const [unitId, table] of tables) {
    cellsByUnit.set(
      unitId,
      cellsFromStats(
        instrument.indicators,
        table,
        levelOf(unitId),
        populations.get(unitId) ?? null,
        groupPopulationAt(unitId, table),
      ),
    );
  }
  const goals = await listGoalsForInstrument(tx, round.municipalityId, round.instrumentKey);
  const evaluations = goals.flatMap((goal) =>
    [...tables]
      .filter(([unitId]) => {
        const unit = byId.get(unitId);
        return unit !== undefined && isWithin(unit.path, goal.scopeUnitPath);
      })
      .map(([unitId, table]) =>
        measureGoal(goal, instrument, round, unitId, table, levelOf(unitId), {
          whole: populations.get(unitId) ?? null,
          groups: groupPopulationAt(unitId, table),
        }),
      ),
  );
  const scopeOfCells = {
    municipalityId: round.municipalityId,
    roundId: round.id,
    instrumentVersionId: round.instrumentVersionId,
    definitionHashes: instrument.definitionHashes,
  };
  if (scope === 'changed-units') {
    await writeUnitCells(tx, scopeOfCells, cellsByUnit, previous);
    await saveGoalEvaluations(tx, round.municipalityId, evaluations);
    return undefined;
  }
  const digest = liveStateDigest(scopeOfCells, cellsByUnit, evaluations);
  const cells = () => liveCellsOf(scopeOfCells, cellsByUnit);
  const kept = await findRoundLiveDigest(tx, round.id);
  if (kept?.digest === digest) return { cells, digest, checkedAgainst: kept.checkedAgainst };
  // Compared with every stored cell of the round (read under the round's lock).
  const stored = await loadRoundCellSignatures(tx, round.id);
  await writeUnitCells(tx, scopeOfCells, cellsByUnit, stored);
  await deleteCells(tx, round.id, cellsGone(stored, cellsByUnit));
  await saveGoalEvaluations(tx, round.municipalityId, evaluations);
  // After the writes: their triggers forget the round's digest, whatever statement changed a row.
  await keepRoundLiveDigest(tx, round.id, digest);
  return { cells, digest, checkedAgainst: null };
}
