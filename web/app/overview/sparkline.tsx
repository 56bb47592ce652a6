import type { GoalRule, ReportPoint, ValueUnit } from '../api/api-types';
import { formatValueIn, statusTextIn } from '../i18n/format';
import { useLocale, type Locale } from '../i18n/locale';
import { SPARK, sparkGeometry, thresholdTarget } from './sparkline-geometry';
import { appMessages } from '../../../core/messages/app-messages';
import { useMessages } from '../i18n/use-messages';

/**
 * The trend since the baseline as a small chart: each measurement a dot with its 95 % interval as a
 * bar, the target as a dashed line. Screen readers get the same in words; the table below has it all.
 */
export function Sparkline({
  points,
  unit,
  rule,
}: {
  points: ReportPoint[];
  unit: ValueUnit;
  rule: GoalRule;
}) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  if (points.length === 0) return <p class="spark-none">{t('app.noTrend')}</p>;
  const target = thresholdTarget(rule);
  const geometry = sparkGeometry(points, unit, target);
  const last = geometry.points.length - 1;
  return (
    <figure class="sparkline">
      <svg
        viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}
        width={SPARK.width}
        height={SPARK.height}
        role="img"
        aria-label={`${t('app.trend')}: ${describe(points, unit, locale, t('app.baseline'))}`}
      >
        {geometry.targetY !== null && (
          <line class="target" x1={0} x2={SPARK.width} y1={geometry.targetY} y2={geometry.targetY} />
        )}
        {geometry.runs.map((run) => (
          <polyline class="line" points={run} key={run} />
        ))}
        {geometry.points.map((p, i) =>
          p.y === null ? (
            <circle class="point-missing" cx={p.x} cy={SPARK.height - SPARK.pad} r={3} key={i} />
          ) : (
            <g key={i}>
              {p.low !== null && p.high !== null && (
                <line class="ci-bar" x1={p.x} x2={p.x} y1={p.low} y2={p.high} />
              )}
              <circle
                class={i === last ? 'point latest' : 'point'}
                cx={p.x}
                cy={p.y}
                r={i === last ? 4 : 3}
              />
            </g>
          ),
        )}
      </svg>
      <figcaption aria-hidden="true">
        {points[0]!.year}
        {points.length > 1 && ` – ${points[last]!.year}`}
      </figcaption>
    </figure>
  );
}

/** "2025 (udgangspunkt): 84,7 %, n = 203; 2026: 86,3 %, n = 160" */
function describe(points: ReportPoint[], unit: ValueUnit, locale: Locale, baseline: string): string {
  return points
    .map((p, i) => {
      const when = i === 0 ? `${p.year} (${baseline})` : `${p.year}`;
      if (p.value === undefined) return `${when}: ${statusTextIn(p.status, locale)}`;
      return `${when}: ${formatValueIn(p.value, unit, locale)}, n = ${p.n}`;
    })
    .join('; ');
}
