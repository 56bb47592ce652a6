import { z } from 'zod';
import { ComparisonOp, type InstrumentIndicators } from '../indicators/indicator-definition';
import { readItem } from '../indicators/read-item';

/** The value must satisfy `value op target`, e.g. share > 0.9. */
export const ThresholdRule = z.object({ type: z.literal('threshold'), op: ComparisonOp, target: z.number() });
export type ThresholdRule = z.infer<typeof ThresholdRule>;

/**
 * The value must rise (or fall) from the previous measurement to this one. With `significant`,
 * only a change whose 95 % interval lies wholly in that direction counts; without it, a change
 * whose interval straddles 0 is "uncertain" rather than "not met".
 */
export const TrendRule = z.object({
  type: z.literal('trend'),
  direction: z.enum(['rising', 'falling']),
  significant: z.boolean().default(false),
});
export type TrendRule = z.infer<typeof TrendRule>;

/** The value must lie below (or above) the average of a comparison group of municipalities. */
export const BenchmarkRule = z.object({
  type: z.literal('benchmark'),
  position: z.enum(['below', 'above']),
  comparisonGroup: z.string().min(1),
});
export type BenchmarkRule = z.infer<typeof BenchmarkRule>;

export const SingleRule = z.discriminatedUnion('type', [ThresholdRule, TrendRule, BenchmarkRule]);
export type SingleRule = z.infer<typeof SingleRule>;

/** Every part must hold: "falling and below the average of comparable municipalities". */
export const AllOfRule = z.object({ type: z.literal('all'), rules: z.array(SingleRule).min(2).max(4) });
export type AllOfRule = z.infer<typeof AllOfRule>;

export const GoalRule = z.discriminatedUnion('type', [ThresholdRule, TrendRule, BenchmarkRule, AllOfRule]);
export type GoalRule = z.infer<typeof GoalRule>;

export const partsOf = (rule: GoalRule): SingleRule[] => (rule.type === 'all' ? rule.rules : [rule]);

/** Narrows a goal to respondents whose answer to a breakdown's question is one of `values`. */
export const BreakdownFilter = z.object({ breakdownKey: z.string(), values: z.array(z.string()).min(1) });
export type BreakdownFilter = z.infer<typeof BreakdownFilter>;

/**
 * Whether a response falls inside the filter: String(answer to the breakdown's question) is one of
 * its values. A null filter matches everyone; an unknown breakdown key matches no one, so a goal
 * pointing at a removed breakdown shows no data rather than the whole population.
 */
export function matchesBreakdownFilter(
  instrument: InstrumentIndicators,
  filter: BreakdownFilter | null,
  answers: Record<string, unknown>,
): boolean {
  if (filter === null) return true;
  const breakdown = instrument.breakdowns.find((b) => b.key === filter.breakdownKey);
  if (breakdown === undefined) return false;
  // Read as scoreResponse groups respondents: an item path, one value (core/indicators/read-item.ts).
  const answer = readItem(answers, breakdown.question);
  if (answer === undefined || Array.isArray(answer)) return false;
  return filter.values.includes(String(answer));
}
