import type { BenchmarkLookups } from '../../core/benchmarks/benchmark-lookup';
import { SICK_LEAVE_DEFINITION } from '../../core/measured/sick-leave-definition';
import type { OrgUnit } from '../../core/org/org-unit';
import type { FigurePeriod } from '../../core/sick-leave/figures-periods';
import { monthEndDate, monthStartDate } from '../../core/sick-leave/month-index';
import { periodTitle } from '../../core/sick-leave/period-title';
import {
  asMeasuredFigure,
  goalPeriods,
  reportYearOfPeriod,
  SICK_LEAVE_INSTRUMENT_KEY,
  SICK_LEAVE_RATE_KEY,
  type MeasurePeriod,
} from '../../core/sick-leave/sick-leave-goal';
import type { SickLeaveFigure } from '../../core/sick-leave/sick-leave-figures';
import type { DbOrTx } from '../../db/database';
import type { Goal } from '../../db/repositories/goals';
import type { Round } from '../../db/repositories/rounds';
import type { GoalHistory } from './goal-cells';
import { periodGoalHistory } from './period-goal-history';
import { loadSickLeaveData, sickLeaveFiguresOf } from './sick-leave-data';

/** A sick-leave goal's periods with every unit's figure in each, oldest first. */
interface MeasuredPeriods {
  periods: FigurePeriod[];
  figures: Map<string, SickLeaveFigure>[];
}

/**
 * The municipality's sick-leave figures for goals, computed once per period kind however many
 * goals of one request read them. The figures are the sick-leave view's own (sickLeaveFigures over
 * the whole tree), so a goal hides exactly the units that view hides.
 */
export type SickLeaveGoalFigures = (period: MeasurePeriod, latestOnly: boolean) => Promise<MeasuredPeriods>;

export function sickLeaveGoalFigures(
  db: DbOrTx,
  municipalityId: string,
  units: OrgUnit[],
): SickLeaveGoalFigures {
  const known = new Map<string, Promise<MeasuredPeriods>>();
  return (period, latestOnly) => {
    const key = `${period}:${latestOnly}`;
    let measured = known.get(key);
    if (!measured) known.set(key, (measured = measure(db, municipalityId, units, period, latestOnly)));
    return measured;
  };
}

async function measure(
  db: DbOrTx,
  municipalityId: string,
  units: OrgUnit[],
  period: MeasurePeriod,
  latestOnly: boolean,
): Promise<MeasuredPeriods> {
  const snapshot = await loadSickLeaveData(db, municipalityId);
  if (snapshot.months === null) return { periods: [], figures: [] };
  const all = goalPeriods(period, snapshot.months);
  const periods = latestOnly ? all.slice(-1) : all;
  return { periods, figures: sickLeaveFiguresOf(snapshot, units, periods) };
}

/**
 * A sick-leave goal's history in the shape of a survey goal's (loadGoalHistory): one "round" per
 * period, named by it ("2026 (jan.–okt.)"), each unit judged against the same period last year
 * and the comparison group's mean for the period's year. A unit with no sick leave anywhere in
 * the history (a class, a unit without employees of its own) is outside the goal, not "no data".
 */
export async function loadSickLeaveGoalHistory(
  goal: Goal,
  context: {
    units: OrgUnit[];
    latestOnly?: boolean;
    upToYear?: number;
    /** Only these units get cells (those the caller reads); hiding is already decided over all. */
    judgeOnly?: ReadonlySet<string>;
    figures: SickLeaveGoalFigures;
  },
  benchmarks: BenchmarkLookups,
): Promise<GoalHistory> {
  const period = goal.measurePeriod ?? 'year';
  const measured = await context.figures(period, context.latestOnly ?? false);
  const kept = measured.periods
    .map((p, i) => ({ period: p, figures: measured.figures[i]! }))
    .filter(({ period: p }) => context.upToYear === undefined || reportYearOfPeriod(p) <= context.upToYear);
  const periods = kept.map(({ period: p, figures }) => ({
    round: roundOf(goal.municipalityId, p),
    figures: new Map([...figures].map(([id, figure]) => [id, asMeasuredFigure(figure)])),
    benchmark: benchmarks({
      instrumentKey: SICK_LEAVE_INSTRUMENT_KEY,
      indicatorKey: SICK_LEAVE_RATE_KEY,
      unit: 'share',
      year: reportYearOfPeriod(p),
    }),
  }));
  return periodGoalHistory(goal, SICK_LEAVE_DEFINITION, periods, context);
}

/** A period dressed as a round, so that overviews and reports name and order it like one. */
function roundOf(municipalityId: string, period: FigurePeriod): Round {
  return {
    id: `${SICK_LEAVE_INSTRUMENT_KEY}:${period.key}`,
    municipalityId,
    instrumentVersionId: '',
    instrumentKey: SICK_LEAVE_INSTRUMENT_KEY,
    title: periodTitle(period),
    opensOn: monthStartDate(period.first),
    closesOn: monthEndDate(period.last),
    reportYear: reportYearOfPeriod(period),
    personalLinksOnly: false,
  };
}
