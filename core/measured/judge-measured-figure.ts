import type { GoalRule } from '../goals/goal-rule';
import {
  judgeMeasured,
  type BenchmarkLookup,
  type GoalJudgement,
  type MeasuredValue,
} from '../goals/judge-goal';
import type { MeasuredDefinition } from './measured-definition';
import type { MeasuredFigure } from './measured-figures';

/**
 * A goal on a measured indicator at one unit in one period, judged by the same rules as a survey
 * goal. Register data have no sampling error: a threshold is decided by the value itself, and a
 * trend by the exact change from the same period last year (so a trend part is judged as one
 * asking for a significant change: an exact change of 0 is no change). A sampled share keeps its
 * interval, and its trend parts keep what the goal asked.
 */
export function judgeMeasuredFigure(
  definition: MeasuredDefinition,
  rule: GoalRule,
  figure: MeasuredFigure,
  benchmark: BenchmarkLookup,
): GoalJudgement {
  if (figure.status === 'no-data') return { status: 'no-data', change: null, reasons: [] };
  if (figure.status === 'hidden') return { status: 'hidden', change: null, reasons: [] };
  const current: MeasuredValue = {
    hidden: false,
    n: Math.max(1, figure.persons ?? 0),
    value: figure.value,
    ciLow: figure.ciLow,
    ciHigh: figure.ciHigh,
  };
  const before = figure.sameLastYear;
  // The rule reads only whether last year was there and shown, and the change; n is a placeholder.
  const previous: MeasuredValue | null = before.available
    ? { hidden: false, n: 1, value: before.previousValue, ciLow: null, ciHigh: null }
    : before.reason === 'previous-hidden'
      ? { hidden: true, n: 0, value: null, ciLow: null, ciHigh: null }
      : null;
  const change = before.available ? before.change : null;
  const judged = definition.interval === 'none' ? exactTrends(rule) : rule;
  return judgeMeasured(judged, current, previous, change, benchmark);
}

function exactTrends(rule: GoalRule): GoalRule {
  if (rule.type === 'trend') return { ...rule, significant: true };
  if (rule.type !== 'all') return rule;
  return { ...rule, rules: rule.rules.map((r) => (r.type === 'trend' ? { ...r, significant: true } : r)) };
}
