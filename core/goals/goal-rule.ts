import { z } from 'zod';
import { ComparisonOp, type InstrumentIndicators } from '../indicators/indicator-definition';

/** A goal's rule: the indicator value must satisfy `value op target`, e.g. share >= 0.9. */
export const GoalRule = z.object({ type: z.literal('threshold'), op: ComparisonOp, target: z.number() });
export type GoalRule = z.infer<typeof GoalRule>;

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
  const answer = answers[breakdown.question];
  if (answer === undefined || answer === null || answer === '') return false;
  return filter.values.includes(String(answer));
}
