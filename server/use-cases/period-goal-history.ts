import type { BenchmarkLookup, GoalJudgement } from '../../core/goals/judge-goal';
import { judgeMeasuredFigure } from '../../core/measured/judge-measured-figure';
import type { MeasuredDefinition } from '../../core/measured/measured-definition';
import type { MeasuredFigure } from '../../core/measured/measured-figures';
import { isWithin, type OrgUnit } from '../../core/org/org-unit';
import type { Goal } from '../../db/repositories/goals';
import type { Round } from '../../db/repositories/rounds';
import type { GoalCell, GoalHistory } from './goal-cells';

/** One period of a measured goal (a year, a quarter, a rolling window) with every unit's figure. */
export interface GoalPeriod {
  /** The period dressed as a round, so that overviews and reports name and order it like one. */
  round: Round;
  figures: Map<string, MeasuredFigure>;
  benchmark: BenchmarkLookup;
}

/**
 * The history of a goal on a measured figure (a measured indicator, sick leave) in the shape of a
 * survey goal's (loadGoalHistory): one "round" per period, each unit judged by judgeMeasuredFigure
 * against the same months last year and the comparison group. A unit with no figures anywhere in
 * the history (a class, a unit without employees of its own) is outside the goal, not "no data";
 * hidden units get no number, n or change.
 */
export function periodGoalHistory(
  goal: Goal,
  definition: MeasuredDefinition,
  periods: GoalPeriod[],
  context: {
    units: OrgUnit[];
    /** Only these units get cells (those the caller reads); hiding is already decided over all. */
    judgeOnly?: ReadonlySet<string>;
    unit?: GoalHistory['unit'];
  },
): GoalHistory {
  const read = context.judgeOnly;
  const units = read ? context.units.filter((u) => read.has(u.id)) : context.units;
  const measuredSomewhere = new Set(
    units
      .filter((u) => isWithin(u.path, goal.scopeUnitPath))
      .filter((u) => periods.some(({ figures }) => figures.get(u.id)?.status !== 'no-data'))
      .map((u) => u.id),
  );
  const rounds = periods.map(({ round, figures, benchmark }) => {
    const cells = new Map<string, GoalCell>();
    for (const u of units) {
      const figure = figures.get(u.id);
      if (!measuredSomewhere.has(u.id) || !figure) cells.set(u.id, { status: 'out-of-scope' });
      else
        cells.set(
          u.id,
          cellOf(definition, figure, judgeMeasuredFigure(definition, goal.rule, figure, benchmark)),
        );
    }
    return { round, cells };
  });
  const history: GoalHistory = { indicator: null, minGroupSize: definition.minPersons, rounds };
  return context.unit ? { ...history, unit: context.unit } : history;
}

/**
 * n is the persons behind the figure; where the source names none (a figure about no one in
 * particular, minPersons 0: persons add up to 0), what it is counted of (the deviations
 * recorded), as a survey's n is the answers counted.
 */
function cellOf(definition: MeasuredDefinition, figure: MeasuredFigure, verdict: GoalJudgement): GoalCell {
  if (figure.status === 'no-data') return { status: 'no-data' };
  if (figure.status === 'hidden' || verdict.status === 'hidden')
    return { status: 'hidden', minGroupSize: definition.minPersons, reasons: verdict.reasons };
  const n = figure.persons ? figure.persons : figure.denominator;
  const shown = { n, value: figure.value, ciLow: figure.ciLow, ciHigh: figure.ciHigh };
  const { change, reasons } = verdict;
  if (verdict.status === 'no-data') return { status: 'no-data', measured: shown, change, reasons };
  return { status: verdict.status, ...shown, change, reasons };
}
