import type { ComparedValue, Comparison, IndicatorDetail, ShownValue } from '../api/api-types';
import { formatValueIn, localized } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { CHART, chartGeometry, type PlacedPoint } from './chart-geometry';
import { appMessages } from '../../../core/messages/app-messages';
import { useMessages } from '../i18n/use-messages';

/** The unit's series first; the comparisons after it, each drawn in its own shape. */
export type SeriesKey = 'unit' | Comparison['kind'];

export interface ChartSeries {
  /** Unique within the chart (two comparison groups are both 'benchmark'). */
  key: string;
  kind: SeriesKey;
  name: string;
  values: (ShownValue | null)[];
  /** A published mean has no interval to draw. */
  interval: boolean;
}

const shownValue = (v: ComparedValue | undefined): ShownValue | null => {
  if (!v || !v.shown) return null;
  if ('published' in v) return { n: v.municipalities, value: v.value, ciLow: v.value, ciHigh: v.value };
  return { n: v.n, value: v.value, ciLow: v.ciLow, ciHigh: v.ciHigh };
};

export function seriesOf(detail: IndicatorDetail): ChartSeries[] {
  return [
    {
      key: 'unit',
      kind: 'unit',
      name: detail.unit.name,
      values: detail.points.map((p) => shownValue(p.value)),
      interval: true,
    },
    ...detail.comparisons.map((c, i) => ({
      key: `${c.kind}-${i}`,
      kind: c.kind,
      name: c.name,
      values: detail.points.map((p) => shownValue(c.points.find((q) => q.roundId === p.roundId)?.value)),
      interval: c.kind !== 'benchmark',
    })),
  ];
}

/**
 * The indicator over the rounds: each value a mark with its 95 % interval as a bar, the unit's
 * rounds joined by a line, a significant change since the round before marked by an arrow. The
 * table under the chart gives the same numbers to screen readers and for reading exact values.
 */
export function IndicatorChart({ detail }: { detail: IndicatorDetail }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  const series = seriesOf(detail);
  const geometry = chartGeometry(detail.points.length, series, detail.indicator.unit);
  const format = (v: number) => formatValueIn(v, detail.indicator.unit, locale);
  return (
    <figure class="indicator-chart">
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-label={t('app.chartLabel', {
          indicator: localized(detail.indicator.label, locale),
          unit: detail.unit.name,
        })}
      >
        {geometry.yTicks.map((tick) => (
          <g class="tick" key={tick.value}>
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={tick.y} y2={tick.y} />
            <text x={CHART.left - 6} y={tick.y + 4} text-anchor="end">
              {format(tick.value)}
            </text>
          </g>
        ))}
        {detail.points.map((p, i) => (
          <text
            class="round-label"
            x={geometry.columns[i]}
            y={CHART.height - 22}
            text-anchor="middle"
            key={p.roundId}
          >
            {axisLabel(localized(p.title, locale), p.opensOn)}
          </text>
        ))}
        {geometry.series.map((s, j) => (
          <g class={`series ${series[j]!.kind}`} key={s.key}>
            {s.runs.map((run) => (
              <polyline class="line" points={run} key={run} />
            ))}
            {s.points.map((p, i) =>
              p ? (
                <Mark point={p} kind={series[j]!.kind} interval={series[j]!.interval} key={i} />
              ) : series[j]!.kind === 'unit' ? (
                <text
                  class="hidden-mark"
                  x={geometry.columns[i]}
                  y={geometry.floorY}
                  text-anchor="middle"
                  key={i}
                >
                  {t('app.hiddenShort')}
                </text>
              ) : null,
            )}
          </g>
        ))}
        {detail.points.map((p, i) => {
          const at = geometry.series[0]!.points[i];
          if (!at || !p.change.available || p.change.verdict === 'no-detectable-change') return null;
          return (
            <ChangeArrow
              x={at.x}
              y={at.high - 8}
              up={p.change.change > 0}
              verdict={p.change.verdict}
              key={p.roundId}
            />
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {series.map((s) => (
            <li key={s.key}>
              <svg class={`series ${s.kind}`} width="22" height="14" aria-hidden="true">
                <Mark
                  point={{ x: 11, y: 7, low: 1, high: 13, value: { n: 0, value: 0, ciLow: 0, ciHigh: 0 } }}
                  kind={s.kind}
                  interval={s.interval}
                />
              </svg>
              {s.name}
              {s.kind !== 'unit' && <span class="meta"> ({t(`app.comparisonKind.${s.kind}`)})</span>}
            </li>
          ))}
          <li>
            <span class="legend-bar" aria-hidden="true" /> {t('app.intervalLegend')}
          </li>
          <li>
            <svg width="14" height="14" aria-hidden="true" class="change-arrow improved">
              <path d="M7 2 L13 12 L1 12 Z" />
            </svg>{' '}
            {t('app.significantLegend')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** One value: its interval as a bar with caps (none for a published mean), and a shape per kind. */
function Mark({ point, kind, interval }: { point: PlacedPoint; kind: SeriesKey; interval: boolean }) {
  const { x, y } = point;
  return (
    <g>
      {interval && (
        <>
          <line class="ci-bar" x1={x} x2={x} y1={point.low} y2={point.high} />
          <line class="ci-cap" x1={x - 4} x2={x + 4} y1={point.low} y2={point.low} />
          <line class="ci-cap" x1={x - 4} x2={x + 4} y1={point.high} y2={point.high} />
        </>
      )}
      <MarkShape x={x} y={y} kind={kind} />
    </g>
  );
}

function MarkShape({ x, y, kind }: { x: number; y: number; kind: SeriesKey }) {
  if (kind === 'unit') return <circle class="point" cx={x} cy={y} r={5} />;
  if (kind === 'municipality')
    return <path class="point" d={`M${x} ${y - 6} L${x + 6} ${y} L${x} ${y + 6} L${x - 6} ${y} Z`} />;
  if (kind === 'network') return <circle class="point ring" cx={x} cy={y} r={4.5} />;
  // A comparison group's mean: a wide bar, as a level to be above or below.
  if (kind === 'benchmark') return <rect class="point" x={x - 8} y={y - 2} width={16} height={4} />;
  return <rect class="point" x={x - 4.5} y={y - 4.5} width={9} height={9} />;
}

function ChangeArrow({ x, y, up, verdict }: { x: number; y: number; up: boolean; verdict: string }) {
  const d = up
    ? `M${x} ${y - 9} L${x + 6} ${y} L${x - 6} ${y} Z`
    : `M${x} ${y} L${x + 6} ${y - 9} L${x - 6} ${y - 9} Z`;
  return <path class={`change-arrow ${verdict}`} d={d} />;
}

/**
 * "Trivselsmåling 2026" → "2026": the year tells the rounds apart on the axis; the table under the
 * chart has the titles. A title without a year is labelled by the month the round opened.
 */
function axisLabel(title: string, opensOn: string): string {
  const year = /\b(19|20)\d\d\b/.exec(title);
  return year ? year[0] : opensOn.slice(0, 7);
}
