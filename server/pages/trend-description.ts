import { nTextIn } from '../../core/text/format-count';
import { formatDateIn } from '../../core/text/format-date';
import { formatValueWithIntervalIn } from '../../core/text/format-interval';
import { formatValueIn } from '../../core/text/format-value';
import { isShown, type ShownPoint, type TrendChartOptions, type TrendPoint } from './trend-point';

export const TREND_WORDS = {
  da: {
    baseline: 'Udgangspunkt',
    hidden: 'skjult',
    why: 'for få svar',
    noData: 'ingen data',
    target: 'Mål',
    asOf: 'pr.',
  },
  nb: {
    baseline: 'Utgangspunkt',
    hidden: 'skjult',
    why: 'for få svar',
    noData: 'ingen data',
    target: 'Mål',
    asOf: 'per',
  },
  en: {
    baseline: 'Baseline',
    hidden: 'hidden',
    why: 'too few answers',
    noData: 'no data',
    target: 'Target',
    asOf: 'as of',
  },
};

/** "88,2 %" (da, nb) or "88.2 %" (en): the report's own number format. */
export const trendValueText = (v: number, opts: TrendChartOptions) =>
  formatValueIn(v, opts.unit, opts.locale);

/**
 * The chart in words, for screen readers and anyone who cannot read the picture:
 * "Trivsel. 2024 (udgangspunkt): 81,0 % (76,2–85,1 %), n = 212; 2025: skjult (for få svar). Mål: 85,0 %."
 */
export function describeTrend(points: TrendPoint[], opts: TrendChartOptions): string {
  const words = TREND_WORDS[opts.locale];
  const items = points.map((p, i) => {
    const label = i === 0 ? `${p.label} (${words.baseline.toLowerCase()})` : p.label;
    if (p.hidden) return `${label}: ${words.hidden} (${words.why})`;
    if (!isShown(p)) return `${label}: ${words.noData}`;
    return `${label}: ${measurementText(p, opts)}`;
  });
  const target = opts.target === null ? '' : ` ${words.target}: ${trendValueText(opts.target, opts)}.`;
  return `${opts.title}. ${items.join('; ')}.${target}`;
}

function measurementText(p: ShownPoint, opts: TrendChartOptions): string {
  const value =
    p.ciLow === null || p.ciHigh === null
      ? trendValueText(p.value, opts)
      : formatValueWithIntervalIn(p.value, { low: p.ciLow, high: p.ciHigh }, opts.unit, opts.locale);
  const n = p.n === null ? '' : `, ${nTextIn(p.n, opts.locale)}`;
  const asOf = p.asOf ? ` (${TREND_WORDS[opts.locale].asOf} ${formatDateIn(p.asOf, opts.locale)})` : '';
  return `${value}${n}${asOf}`;
}
