import { z } from 'zod';
import type { BenchmarkLookup, GoalJudgement } from '../goals/judge-goal';
import type { GoalRule } from '../goals/goal-rule';
import type { LocalizedText } from '../indicators/indicator-definition';
import { judgeMeasuredFigure } from '../measured/judge-measured-figure';
import type { MeasuredFigure } from '../measured/measured-figures';
import { SICK_LEAVE_DEFINITION } from '../measured/sick-leave-definition';
import { censusChange } from './census-change';
import { listPeriods, type DataMonths, type FigurePeriod } from './figures-periods';
import type { SickLeaveFigure } from './sick-leave-figures';
import { yearOf, type MonthIndex } from './month-index';

/**
 * A goal on sick leave names this "instrument" and its one indicator, the sick-leave rate, so that
 * contracts, goal rules, benchmarks ('sick-leave/rate') and reports treat it as any other goal.
 */
export const SICK_LEAVE_INSTRUMENT_KEY = 'sick-leave';
export const SICK_LEAVE_RATE_KEY = 'rate';

export const SICK_LEAVE_TITLE: LocalizedText = { da: 'Sygefravær', nb: 'Sykefravær', en: 'Sick leave' };
export const SICK_LEAVE_RATE_LABEL: LocalizedText = {
  da: 'Sygefraværsprocent (sygedage ÷ planlagte arbejdsdage)',
  nb: 'Sykefraværsprosent (sykedagsverk ÷ avtalte dagsverk)',
  en: 'Sick-leave rate (sick days ÷ planned working days)',
};

export const isSickLeaveGoal = (goal: { instrumentKey: string }): boolean =>
  goal.instrumentKey === SICK_LEAVE_INSTRUMENT_KEY;

/**
 * What a sick-leave goal is measured over: each calendar year (the current one so far, against the
 * same months last year), each quarter, or the 12 months up to each December and up to the
 * latest month. Every period is compared with the same months a year earlier, since sick leave
 * has strong seasons.
 */
export const MeasurePeriod = z.enum(['year', 'quarter', 'rolling12']);
export type MeasurePeriod = z.infer<typeof MeasurePeriod>;

/**
 * The periods a goal is measured in, oldest first, up to the last month with data. A period that
 * begins before the data do is left out (two months are not "2024"); the latest may be a year or
 * quarter so far, which compares with the same months a year earlier.
 */
export function goalPeriods(period: MeasurePeriod, data: DataMonths): FigurePeriod[] {
  if (period !== 'rolling12')
    return listPeriods(period, data.first, data.last, data).filter((p) => p.first >= data.first);
  const ends: MonthIndex[] = [];
  for (let end = data.first + 11; end < data.last; end++) if (end % 12 === 11) ends.push(end);
  if (data.last >= data.first + 11) ends.push(data.last);
  return ends.map((end) => listPeriods('rolling12', end, end, data)[0]!);
}

/** The year a period reports on: the year of its last month (a window to October 2026 is 2026's). */
export const reportYearOfPeriod = (period: FigurePeriod): number => yearOf(period.last);

/**
 * A sick-leave goal at one unit in one period: sick leave is a measured indicator
 * (SICK_LEAVE_DEFINITION), judged as any (judge-measured-figure.ts): payroll data have no sampling
 * error, so thresholds read the value itself and trends the exact change from last year.
 */
export function judgeSickLeaveFigure(
  rule: GoalRule,
  figure: SickLeaveFigure,
  benchmark: BenchmarkLookup,
): GoalJudgement {
  return judgeMeasuredFigure(SICK_LEAVE_DEFINITION, rule, asMeasuredFigure(figure), benchmark);
}

/** A sick-leave figure as a measured one: sick of planned days, employees as the persons behind. */
export function asMeasuredFigure(figure: SickLeaveFigure): MeasuredFigure {
  if (figure.status === 'no-data') return figure;
  if (figure.status === 'hidden') return { status: 'hidden', minPersons: figure.minEmployees };
  const before = figure.sameLastYear;
  return {
    status: 'shown',
    value: figure.rate,
    ciLow: null,
    ciHigh: null,
    numerator: figure.sickDays,
    denominator: figure.plannedDays,
    persons: figure.employees,
    sameLastYear: before.available
      ? {
          available: true,
          previousValue: before.previousRate,
          change: censusChange(figure.rate, before.previousRate),
        }
      : before,
  };
}
