import { judgeGoal, type BenchmarkLookup, type GoalMeasurement } from '../../core/goals/judge-goal';
import type { GoalRule } from '../../core/goals/goal-rule';
import { minGroupSizeOf, type IndicatorDefinition } from '../../core/indicators/indicator-definition';
import type { OrgUnit } from '../../core/org/org-unit';
import type { DbOrTx } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import type { Goal, GoalEvaluation } from '../../db/repositories/goals';
import { listLinkedUnitPaths, type Round } from '../../db/repositories/rounds';
import { goalCells, type GoalCell } from './goal-cells';

/** A goal in one round: its cell at every unit of the municipality, anonymity applied and judged. */
export interface GoalRoundCells {
  round: Round;
  cells: Map<string, GoalCell>;
}

export interface GoalHistory {
  indicator: IndicatorDefinition | null;
  minGroupSize: number;
  /** Oldest first: the first is the baseline. */
  rounds: GoalRoundCells[];
}

/**
 * Every round of the goal's instrument that measured it, oldest first. Each round's cells are
 * hidden by the same tree rules as everywhere, then judged against the round before (a trend
 * compares the two; a change never uses a measurement that was hidden).
 */
export async function loadGoalHistory(
  db: DbOrTx,
  instruments: InstrumentCache,
  goal: Goal,
  context: { units: OrgUnit[]; rounds: Round[]; evaluations: GoalEvaluation[] },
  benchmark: BenchmarkLookup = () => null,
): Promise<GoalHistory> {
  const mine = context.evaluations.filter((e) => e.goalId === goal.id);
  const measured = new Set(mine.map((e) => e.roundId));
  const rounds = context.rounds
    .filter((r) => measured.has(r.id))
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  const history: GoalHistory = { indicator: null, minGroupSize: 0, rounds: [] };
  let previous: { cells: Map<string, GoalCell>; evaluations: Map<string, GoalEvaluation> } | null = null;
  for (const round of rounds) {
    const definitions = (await instruments.get(round.instrumentVersionId)).indicators;
    const indicator = definitions.indicators.find((i) => i.key === goal.indicatorKey) ?? null;
    const minGroupSize = indicator ? minGroupSizeOf(definitions, indicator) : 0;
    const asked = await listLinkedUnitPaths(db, round.id);
    const raw = goalCells(goal, round, context.units, mine, { minGroupSize, asked });
    const evaluations = new Map(mine.filter((e) => e.roundId === round.id).map((e) => [e.unitId, e]));
    const current = { cells: raw, evaluations };
    const cells = indicator
      ? judgeCells(goal.rule, indicator, current, previous, { benchmark, minGroupSize })
      : raw;
    history.rounds.push({ round, cells });
    history.indicator = indicator ?? history.indicator;
    history.minGroupSize = minGroupSize;
    previous = current;
  }
  return history;
}

type RoundCells = { cells: Map<string, GoalCell>; evaluations: Map<string, GoalEvaluation> };

function judgeCells(
  rule: GoalRule,
  indicator: IndicatorDefinition,
  current: RoundCells,
  previous: RoundCells | null,
  { benchmark, minGroupSize }: { benchmark: BenchmarkLookup; minGroupSize: number },
): Map<string, GoalCell> {
  const judged = new Map<string, GoalCell>();
  for (const [unitId, cell] of current.cells) {
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
function measurementOf(
  cell: GoalCell | undefined,
  evaluation: GoalEvaluation | undefined,
): GoalMeasurement | null {
  if (!cell || cell.status === 'out-of-scope' || !evaluation) return null;
  if (cell.status === 'hidden') return { ...evaluation, hidden: true };
  if (cell.status === 'no-data' && !cell.measured && evaluation.n === 0) return null;
  return { ...evaluation, hidden: false };
}

function cellOf(verdict: ReturnType<typeof judgeGoal>, now: GoalMeasurement, minGroupSize: number): GoalCell {
  const { change, reasons } = verdict;
  if (verdict.status === 'hidden') return { status: 'hidden', minGroupSize, reasons };
  const shown = { n: now.n, value: now.value!, ciLow: now.ciLow!, ciHigh: now.ciHigh! };
  if (verdict.status === 'no-data') return { status: 'no-data', measured: shown, change, reasons };
  return { status: verdict.status, ...shown, change, reasons };
}
