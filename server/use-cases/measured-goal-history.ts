import type { BenchmarkLookups } from '../../core/benchmarks/benchmark-lookup';
import { MEASURED_INSTRUMENT_KEY, type MeasuredDefinition } from '../../core/measured/measured-definition';
import {
  measuredFigures,
  type MeasuredFigure,
  type MeasuredRecord,
} from '../../core/measured/measured-figures';
import {
  measuredGoalPeriods,
  measuredGoalPeriodTitle,
  measuredValueUnit,
} from '../../core/measured/measured-goal';
import { reportYearOf, type MeasuredPeriod } from '../../core/measured/measured-period';
import type { OrgUnit } from '../../core/org/org-unit';
import { monthEndDate, monthStartDate } from '../../core/sick-leave/month-index';
import type { DbOrTx } from '../../db/database';
import type { Goal } from '../../db/repositories/goals';
import { findMeasuredDefinition } from '../../db/repositories/measured-definitions';
import { listMeasuredRecords } from '../../db/repositories/measured-values';
import type { Round } from '../../db/repositories/rounds';
import type { GoalHistory } from './goal-cells';
import { periodGoalHistory } from './period-goal-history';

/** A measured goal's periods with every unit's figure in each, oldest first. */
interface MeasuredGoalPeriods {
  definition: MeasuredDefinition;
  periods: MeasuredPeriod[];
  figures: Map<string, MeasuredFigure>[];
}

/**
 * The municipality's measured figures for goals, by indicator: read and computed once however
 * many goals of one request measure the indicator. Null for a key the municipality no longer
 * defines. The figures are measuredFigures over the whole tree, as the measured view computes
 * them, so a goal hides exactly the units that view hides.
 */
export type MeasuredGoalFigures = (
  indicatorKey: string,
  latestOnly: boolean,
) => Promise<MeasuredGoalPeriods | null>;

export function measuredGoalFigures(
  db: DbOrTx,
  municipalityId: string,
  units: OrgUnit[],
): MeasuredGoalFigures {
  const loaded = new Map<string, Promise<Loaded | null>>();
  const known = new Map<string, Promise<MeasuredGoalPeriods | null>>();
  const load = (indicatorKey: string) => {
    let data = loaded.get(indicatorKey);
    if (!data) loaded.set(indicatorKey, (data = loadMeasured(db, municipalityId, indicatorKey)));
    return data;
  };
  return (indicatorKey, latestOnly) => {
    const key = `${indicatorKey}:${latestOnly}`;
    let measured = known.get(key);
    if (!measured)
      known.set(key, (measured = load(indicatorKey).then((d) => d && measure(d, units, latestOnly))));
    return measured;
  };
}

interface Loaded {
  definition: MeasuredDefinition;
  records: MeasuredRecord[];
}

async function loadMeasured(
  db: DbOrTx,
  municipalityId: string,
  indicatorKey: string,
): Promise<Loaded | null> {
  const definition = await findMeasuredDefinition(db, municipalityId, indicatorKey);
  if (!definition) return null;
  return { definition, records: await listMeasuredRecords(db, municipalityId, indicatorKey) };
}

/** The latest period alone is what a view of the current status reads: the others are not computed. */
function measure(
  { definition, records }: Loaded,
  units: OrgUnit[],
  latestOnly: boolean,
): MeasuredGoalPeriods {
  const all = measuredGoalPeriods(definition, records);
  const periods = latestOnly ? all.slice(-1) : all;
  return { definition, periods, figures: measuredFigures({ definition, units, records, periods }) };
}

/**
 * A measured goal's history in the shape of a survey goal's (loadGoalHistory): one "round" per
 * year of the indicator ("2025", "skoleåret 2024/25", "2026 (jan.–okt.)"), each unit judged by
 * judgeMeasuredFigure against the same months last year and the comparison group's key figure
 * for the period's year ('measured/<key>'). A unit with no figures anywhere in the history (a
 * class, a daycare for a school figure) is outside the goal, not "no data". Hidden units get no
 * number, n or change.
 */
export async function loadMeasuredGoalHistory(
  goal: Goal,
  context: {
    units: OrgUnit[];
    latestOnly?: boolean;
    upToYear?: number;
    /** Only these units get cells (those the caller reads); hiding is already decided over all. */
    judgeOnly?: ReadonlySet<string>;
    figures: MeasuredGoalFigures;
  },
  benchmarks: BenchmarkLookups,
): Promise<GoalHistory> {
  const measured = await context.figures(goal.indicatorKey, context.latestOnly ?? false);
  if (!measured) return { indicator: null, minGroupSize: 0, rounds: [] };
  const { definition } = measured;
  const unit = measuredValueUnit(definition);
  const target = { instrumentKey: MEASURED_INSTRUMENT_KEY, indicatorKey: definition.key, unit };
  const periods = measured.periods
    .map((p, i) => ({ p, figures: measured.figures[i]! }))
    .filter(({ p }) => context.upToYear === undefined || reportYearOf(p) <= context.upToYear)
    .map(({ p, figures }) => ({
      round: roundOf(goal.municipalityId, p),
      figures,
      benchmark: benchmarks({ ...target, year: reportYearOf(p) }),
    }));
  return periodGoalHistory(goal, definition, periods, { ...context, unit });
}

/** A period dressed as a round, so that overviews and reports name and order it like one. */
function roundOf(municipalityId: string, period: MeasuredPeriod): Round {
  return {
    id: `${MEASURED_INSTRUMENT_KEY}:${period.key}`,
    municipalityId,
    instrumentVersionId: '',
    instrumentKey: MEASURED_INSTRUMENT_KEY,
    title: measuredGoalPeriodTitle(period),
    opensOn: monthStartDate(period.first),
    closesOn: monthEndDate(period.last),
    reportYear: reportYearOf(period),
    personalLinksOnly: false,
  };
}
