import { pValueByInversion } from '../indicators/change-p-value';
import type { RoundChange } from '../indicators/compare-rounds';
import { wilsonInterval } from '../statistics/wilson-interval';
import type { MeasuredDefinition } from './measured-definition';
import type { MeasuredSums } from './measured-value';

const VERDICT_Z = 1.959963984540054;

/**
 * The change of a measured figure from the same period last year. Register data count everyone,
 * so the difference is exact: its interval is the point, and any move is a change (censusChange
 * for sick leave says the same). A share from a sample gets Newcombe's interval from the two
 * Wilson intervals, as a survey share does (compare-rounds.ts).
 */
export function measuredChange(
  definition: MeasuredDefinition,
  current: { value: number; sums: MeasuredSums },
  previous: { value: number; sums: MeasuredSums },
): RoundChange {
  const change = current.value - previous.value;
  if (definition.interval === 'wilson') {
    const at = (z: number) => newcombe(current.sums, previous.sums, z);
    const { ciLow, ciHigh } = at(VERDICT_Z);
    return {
      comparable: true,
      change,
      ciLow,
      ciHigh,
      verdict: verdictOf(definition, ciLow, ciHigh),
      pValue: pValueByInversion(at),
    };
  }
  return {
    comparable: true,
    change,
    ciLow: change,
    ciHigh: change,
    verdict: verdictOf(definition, change, change),
    pValue: change === 0 ? 1 : 0,
  };
}

function verdictOf(
  definition: MeasuredDefinition,
  low: number,
  high: number,
): 'improved' | 'worsened' | 'no-detectable-change' {
  const up = low > 0;
  const down = high < 0;
  if (!up && !down) return 'no-detectable-change';
  return up === (definition.polarity === 'higher-is-better') ? 'improved' : 'worsened';
}

function newcombe(
  current: MeasuredSums,
  previous: MeasuredSums,
  z: number,
): { ciLow: number; ciHigh: number } {
  const side = (sums: MeasuredSums) => {
    const n = Math.round(sums.denominator);
    const k = Math.min(n, Math.max(0, Math.round(sums.numerator)));
    return { p: k / n, ...wilsonInterval(k, n, z) };
  };
  const one = side(current);
  const zero = side(previous);
  const d = one.p - zero.p;
  return {
    ciLow: d - Math.sqrt((one.p - one.low) ** 2 + (zero.high - zero.p) ** 2),
    ciHigh: d + Math.sqrt((one.high - one.p) ** 2 + (zero.p - zero.low) ** 2),
  };
}
