import { wilsonInterval } from '../statistics/wilson-interval';
import type { MeasuredDefinition } from './measured-definition';

/** Sums of a unit (its subtree) in a period: what every figure is computed from. */
export interface MeasuredSums {
  numerator: number;
  /** 0 for a count. */
  denominator: number;
  /** The persons behind the figure, for the anonymity rule; null when no record said. */
  persons: number | null;
}

export interface MeasuredValueOf {
  value: number;
  ciLow: number | null;
  ciHigh: number | null;
}

/**
 * The figure of some sums: Σ numerator ÷ Σ denominator (× per for a rate), or Σ numerator for a
 * count; null when there is nothing to divide by. A share from a sample gets its Wilson interval.
 */
export function measuredValueOf(definition: MeasuredDefinition, sums: MeasuredSums): MeasuredValueOf | null {
  if (definition.kind === 'count') return { value: sums.numerator, ciLow: null, ciHigh: null };
  if (!(sums.denominator > 0)) return null;
  const ratio = sums.numerator / sums.denominator;
  if (definition.kind === 'rate') return { value: ratio * definition.per, ciLow: null, ciHigh: null };
  if (definition.kind !== 'share' || definition.interval !== 'wilson')
    return { value: ratio, ciLow: null, ciHigh: null };
  const n = Math.round(sums.denominator);
  const k = Math.min(n, Math.max(0, Math.round(sums.numerator)));
  const { low, high } = wilsonInterval(k, n);
  return { value: ratio, ciLow: low, ciHigh: high };
}
