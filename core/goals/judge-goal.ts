import { compareRounds, type RoundChange } from '../indicators/compare-rounds';
import type { IndicatorDefinition } from '../indicators/indicator-definition';
import type { IndicatorStats } from '../indicators/indicator-stats';
import { evaluateThresholdGoal, type GoalStatus } from './evaluate-goal';
import { partsOf, type GoalRule, type SingleRule, type TrendRule } from './goal-rule';

/** One round's measurement of a goal at one unit; the statistics are internal and never shown. */
export interface GoalMeasurement {
  /** Suppressed by the unit's own rules or by the round's anonymity audit. */
  hidden: boolean;
  n: number;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  stats: IndicatorStats;
  population: number | null;
  definitionHash: string;
}

/** Why part of a rule could not be judged. */
export type GoalReason = 'baseline' | 'previous-hidden' | 'not-comparable' | 'no-benchmark';

export interface GoalJudgement {
  status: GoalStatus;
  /** The change since the previous measurement, or null: none, or it would reveal a hidden group. */
  change: RoundChange | null;
  reasons: GoalReason[];
}

/** The average of a comparison group for this indicator, when benchmark data exist. */
export type BenchmarkLookup = (comparisonGroup: string) => number | null;

interface PartResult {
  status: GoalStatus;
  reason?: GoalReason;
}

/**
 * A goal's status in one round at one unit, from this measurement and the one before it (same
 * goal, same unit, the previous round of the instrument). A previous measurement that was hidden
 * gives no change at all: the change and today's value would reveal it by subtraction.
 */
export function judgeGoal(
  rule: GoalRule,
  indicator: IndicatorDefinition,
  current: GoalMeasurement | null,
  previous: GoalMeasurement | null,
  benchmark: BenchmarkLookup = () => null,
): GoalJudgement {
  const change = current && !current.hidden ? changeSince(indicator, current, previous) : null;
  return judgeMeasured(rule, current, previous, change, benchmark);
}

/** A measurement as a rule reads it: the shown value (no interval for census data) and its n. */
export type MeasuredValue = Pick<GoalMeasurement, 'hidden' | 'n' | 'value' | 'ciLow' | 'ciHigh'>;

/**
 * judgeGoal once the change since the previous measurement is known: the survey goals' change
 * comes from the two rounds' statistics, a sick-leave goal's from two counts (census-change.ts).
 */
export function judgeMeasured(
  rule: GoalRule,
  current: MeasuredValue | null,
  previous: MeasuredValue | null,
  change: RoundChange | null,
  benchmark: BenchmarkLookup = () => null,
): GoalJudgement {
  if (current === null || (!current.hidden && (current.n === 0 || current.value === null)))
    return { status: 'no-data', change: null, reasons: [] };
  if (current.hidden) return { status: 'hidden', change: null, reasons: [] };
  const parts = partsOf(rule).map((part) => judgePart(part, current, previous, change, benchmark));
  return {
    status: combine(parts.map((p) => p.status)),
    change,
    reasons: [...new Set(parts.flatMap((p) => (p.reason ? [p.reason] : [])))],
  };
}

function changeSince(
  indicator: IndicatorDefinition,
  current: GoalMeasurement,
  previous: GoalMeasurement | null,
): RoundChange | null {
  if (previous === null || previous.hidden || previous.n === 0) return null;
  const side = (m: GoalMeasurement) => ({
    stats: m.stats,
    population: m.population,
    definitionHash: m.definitionHash,
  });
  return compareRounds(indicator, side(current), side(previous));
}

function judgePart(
  part: SingleRule,
  current: MeasuredValue,
  previous: MeasuredValue | null,
  change: RoundChange | null,
  benchmark: BenchmarkLookup,
): PartResult {
  const estimate = { ...current, suppressed: false };
  if (part.type === 'threshold') return { status: evaluateThresholdGoal(part, estimate) };
  if (part.type === 'benchmark') {
    const average = benchmark(part.comparisonGroup);
    if (average === null) return { status: 'no-data', reason: 'no-benchmark' };
    const op = part.position === 'below' ? '<' : '>';
    return { status: evaluateThresholdGoal({ type: 'threshold', op, target: average }, estimate) };
  }
  if (previous === null || (!previous.hidden && previous.n === 0))
    return { status: 'no-data', reason: 'baseline' };
  if (previous.hidden) return { status: 'hidden', reason: 'previous-hidden' };
  return judgeTrend(part, change);
}

/**
 * Rising means the change's 95 % interval lies above 0 (falling: below). Wholly the other way is
 * not met; straddling 0 is uncertain, or not met when the rule asks for a significant change.
 */
function judgeTrend(rule: TrendRule, change: RoundChange | null): PartResult {
  if (change === null || !change.comparable) return { status: 'no-data', reason: 'not-comparable' };
  const wanted = rule.direction === 'rising' ? change.ciLow > 0 : change.ciHigh < 0;
  const against = rule.direction === 'rising' ? change.ciHigh < 0 : change.ciLow > 0;
  if (wanted) return { status: 'met' };
  if (against || rule.significant) return { status: 'not-met' };
  return { status: 'uncertain' };
}

/** Every part must hold: one hidden part hides the goal; one part not met decides it. */
function combine(statuses: GoalStatus[]): GoalStatus {
  for (const status of ['hidden', 'not-met', 'no-data', 'uncertain'] as const)
    if (statuses.includes(status)) return status;
  return 'met';
}
