import { noBenchmarks, type BenchmarkLookups } from '../../core/benchmarks/benchmark-lookup';
import { judgeGoal, type BenchmarkLookup, type GoalMeasurement } from '../../core/goals/judge-goal';
import type { GoalRule } from '../../core/goals/goal-rule';
import { minGroupSizeOf, type IndicatorDefinition } from '../../core/indicators/indicator-definition';
import type { OrgUnit } from '../../core/org/org-unit';
import { reportYearOf } from '../../core/reports/follow-up-report';
import type { DbOrTx } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import type { Goal, GoalEvaluation } from '../../db/repositories/goals';
import { listLinkedUnitPaths, type Round } from '../../db/repositories/rounds';
import { isMeasuredGoal } from '../../core/measured/measured-definition';
import { isSickLeaveGoal } from '../../core/sick-leave/sick-leave-goal';
import { goalCells, pathsAndAncestors, type GoalCell, type GoalHistory } from './goal-cells';
import {
  loadSickLeaveGoalHistory,
  sickLeaveGoalFigures,
  type SickLeaveGoalFigures,
} from './sick-leave-goal-history';
import {
  loadMeasuredGoalHistory,
  measuredGoalFigures,
  type MeasuredGoalFigures,
} from './measured-goal-history';

/**
 * The paths of the units a round asks and of every unit above one (see pathsAndAncestors), read
 * once per round however many goals measure it.
 */
export type AskedUnits = (roundId: string) => Promise<ReadonlySet<string>>;

export function askedUnits(db: DbOrTx): AskedUnits {
  const known = new Map<string, Promise<ReadonlySet<string>>>();
  return (roundId) => {
    let paths = known.get(roundId);
    if (!paths) known.set(roundId, (paths = listLinkedUnitPaths(db, roundId).then(pathsAndAncestors)));
    return paths;
  };
}

export type { GoalHistory, GoalRoundCells } from './goal-cells';

/**
 * Every round of the goal's instrument that measured it, oldest first (for a sick-leave goal, every
 * period it is measured over: sick-leave-goal-history.ts; for a measured goal, its indicator's
 * years: measured-goal-history.ts). Each round's cells are
 * hidden by the same tree rules as everywhere, then judged against the round before (a trend
 * compares the two; a change never uses a measurement that was hidden).
 */
export async function loadGoalHistory(
  db: DbOrTx,
  instruments: InstrumentCache,
  goal: Goal,
  context: {
    units: OrgUnit[];
    rounds: Round[];
    evaluations: GoalEvaluation[];
    /** The units each round asks, shared by the goals of one request (see askedUnits). */
    asked?: AskedUnits;
    /**
     * Judge only the latest round (the one before it is prepared as what a change compares with,
     * not judged itself): a view of the current status needs no more, and judging every unit of
     * every round is most of the work at 1,500 classes.
     */
    latestOnly?: boolean;
    /**
     * Judge only these units; the others' cells stay as the tree rules left them, unjudged. For a
     * caller that reads no other unit (the report reads the goal's scope unit and the units it
     * tallies).
     */
    judgeOnly?: ReadonlySet<string>;
    /** Only rounds and periods a report of this year counts (a sick-leave goal's periods). */
    upToYear?: number;
    /** Sick-leave figures shared by the sick-leave goals of one request (see sickLeaveGoalFigures). */
    sickLeave?: SickLeaveGoalFigures;
    /** Measured figures shared by the measured goals of one request (see measuredGoalFigures). */
    measured?: MeasuredGoalFigures;
  },
  /** Comparison-group averages by indicator and year (see loadBenchmarkLookups), read once per request. */
  benchmarks: BenchmarkLookups = noBenchmarks,
): Promise<GoalHistory> {
  if (isSickLeaveGoal(goal)) {
    const figures = context.sickLeave ?? sickLeaveGoalFigures(db, goal.municipalityId, context.units);
    return loadSickLeaveGoalHistory(goal, { ...context, figures }, benchmarks);
  }
  if (isMeasuredGoal(goal)) {
    const figures = context.measured ?? measuredGoalFigures(db, goal.municipalityId, context.units);
    return loadMeasuredGoalHistory(goal, { ...context, figures }, benchmarks);
  }
  const byRound = groupedEvaluations(context.evaluations).get(goal.id) ?? new Map();
  let rounds = context.rounds
    .filter((r) => byRound.has(r.id))
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  if (context.latestOnly) rounds = rounds.slice(-2);
  const history: GoalHistory = { indicator: null, minGroupSize: 0, rounds: [] };
  let previous: { cells: Map<string, GoalCell>; evaluations: Map<string, GoalEvaluation> } | null = null;
  for (const [i, round] of rounds.entries()) {
    const definitions = (await instruments.get(round.instrumentVersionId)).indicators;
    const indicator = definitions.indicators.find((i) => i.key === goal.indicatorKey) ?? null;
    const minGroupSize = indicator ? minGroupSizeOf(definitions, indicator) : 0;
    const asked = await (context.asked ?? askedUnits(db))(round.id);
    const evaluations = byRound.get(round.id)!;
    const raw = goalCells(goal, round, context.units, evaluations, { minGroupSize, asked });
    const current = { cells: raw, evaluations };
    const judge = indicator && (!context.latestOnly || i === rounds.length - 1);
    const benchmark = indicator
      ? benchmarks({ ...goal, unit: indicator.unit, year: reportYearOf(round) })
      : () => null;
    const cells = judge
      ? judgeCells(goal.rule, indicator, current, previous, {
          benchmark,
          minGroupSize,
          only: context.judgeOnly,
        })
      : raw;
    history.rounds.push({ round, cells });
    history.indicator = indicator ?? history.indicator;
    history.minGroupSize = minGroupSize;
    previous = current;
  }
  return history;
}

const grouped = new WeakMap<GoalEvaluation[], Map<string, Map<string, Map<string, GoalEvaluation>>>>();

/** Whether the list holds values of the goal in the round (grouped once per list). */
export const hasGoalValues = (evaluations: GoalEvaluation[], goalId: string, roundId: string): boolean =>
  groupedEvaluations(evaluations).get(goalId)?.has(roundId) === true;

/** Evaluations by goal, round and unit; grouped once per list, however many goals a request reads. */
function groupedEvaluations(
  evaluations: GoalEvaluation[],
): Map<string, Map<string, Map<string, GoalEvaluation>>> {
  let byGoal = grouped.get(evaluations);
  if (byGoal) return byGoal;
  byGoal = new Map();
  for (const e of evaluations) {
    let byRound = byGoal.get(e.goalId);
    if (!byRound) byGoal.set(e.goalId, (byRound = new Map()));
    let byUnit = byRound.get(e.roundId);
    if (!byUnit) byRound.set(e.roundId, (byUnit = new Map()));
    byUnit.set(e.unitId, e);
  }
  grouped.set(evaluations, byGoal);
  return byGoal;
}

type RoundCells = { cells: Map<string, GoalCell>; evaluations: Map<string, GoalEvaluation> };

function judgeCells(
  rule: GoalRule,
  indicator: IndicatorDefinition,
  current: RoundCells,
  previous: RoundCells | null,
  {
    benchmark,
    minGroupSize,
    only,
  }: { benchmark: BenchmarkLookup; minGroupSize: number; only?: ReadonlySet<string> },
): Map<string, GoalCell> {
  const judged = new Map<string, GoalCell>();
  for (const [unitId, cell] of current.cells) {
    if (only && !only.has(unitId)) {
      judged.set(unitId, cell);
      continue;
    }
    const now = measurementOf(cell, current.evaluations.get(unitId));
    if (now === null || now.hidden) {
      judged.set(unitId, cell);
      continue;
    }
    const before = previous
      ? measurementOf(previous.cells.get(unitId), previous.evaluations.get(unitId))
      : null;
    const verdict = judgeGoal(rule, indicator, now, before, benchmark);
    judged.set(unitId, cellOf(verdict, now, minGroupSize));
  }
  return judged;
}

/** The measurement behind a cell as shown: a hidden cell is hidden whatever is stored. */
type ReleasedMeasurement = GoalMeasurement & Pick<GoalEvaluation, 'carried' | 'evaluatedAt'>;

function measurementOf(
  cell: GoalCell | undefined,
  evaluation: GoalEvaluation | undefined,
): ReleasedMeasurement | null {
  if (!cell || cell.status === 'out-of-scope' || !evaluation) return null;
  if (cell.status === 'hidden') return { ...evaluation, hidden: true };
  if (cell.status === 'no-data' && !cell.measured && evaluation.n === 0) return null;
  return { ...evaluation, hidden: false };
}

function cellOf(
  verdict: ReturnType<typeof judgeGoal>,
  now: ReleasedMeasurement,
  minGroupSize: number,
): GoalCell {
  const { change, reasons } = verdict;
  if (verdict.status === 'hidden') return { status: 'hidden', minGroupSize, reasons };
  const shown = {
    n: now.n,
    value: now.value!,
    ciLow: now.ciLow!,
    ciHigh: now.ciHigh!,
    ...(now.carried && now.evaluatedAt ? { asOf: now.evaluatedAt.toISOString() } : {}),
  };
  if (verdict.status === 'no-data') return { status: 'no-data', measured: shown, change, reasons };
  return { status: verdict.status, ...shown, change, reasons };
}
