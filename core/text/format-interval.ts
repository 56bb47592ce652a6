import type { Locale } from '../indicators/indicator-definition';
import { formatValueIn, type ValueUnit } from './format-value';

/** "76,2 %–85,1 %": a 95 % interval with the unit at both ends, as the app and the report show it. */
export const formatIntervalIn = (low: number, high: number, unit: ValueUnit, locale: Locale): string =>
  `${formatValueIn(low, unit, locale)}–${formatValueIn(high, unit, locale)}`;

/** "81,0 % (76,2–85,1 %)": a value with its interval, the unit written once at the end (charts in words). */
export function formatValueWithIntervalIn(
  value: number,
  interval: { low: number; high: number },
  unit: ValueUnit,
  locale: Locale,
): string {
  const low = formatValueIn(interval.low, unit, locale).replace(' %', '');
  return `${formatValueIn(value, unit, locale)} (${low}–${formatValueIn(interval.high, unit, locale)})`;
}
