import type { Locale } from '../indicators/indicator-definition';
import { formatValueIn, type ValueUnit } from './format-value';

const POINTS: Record<Locale, string> = { da: 'procentpoint', nb: 'prosentpoeng', en: 'pp' };
const TO: Record<Locale, string> = { da: 'til', nb: 'til', en: 'to' };

/** A change in percentage points for shares ("+4,1 procentpoint"), in the value's own unit otherwise. */
export function formatChangeIn(change: number, unit: ValueUnit, locale: Locale): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const magnitude = formatValueIn(Math.abs(change), unit, locale).replace(' %', '');
  return unit === 'share' ? `${sign}${magnitude} ${POINTS[locale]}` : `${sign}${magnitude}`;
}

/** A change with its interval: "+1,6 procentpoint (−6,1 til +9,0)"; percentage points for shares. */
export function formatChangeWithIntervalIn(
  change: { change: number; ciLow: number; ciHigh: number },
  unit: ValueUnit,
  locale: Locale,
): string {
  const bare = (x: number) => formatChangeIn(x, unit, locale).split(' ')[0]!;
  // A change between two counts (sick leave) is exact: its interval is the point itself.
  if (change.ciLow === change.ciHigh) return formatChangeIn(change.change, unit, locale);
  return `${formatChangeIn(change.change, unit, locale)} (${bare(change.ciLow)} ${TO[locale]} ${bare(change.ciHigh)})`;
}
