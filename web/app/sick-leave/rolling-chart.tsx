import type { SickLeaveTable } from '../api/sick-leave-types';
import { useJson } from '../api/use-json';
import { formatValueIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { CHART, rollingGeometry } from './rolling-chart-geometry';
import { monthLabel } from './sick-leave-format';
import { sickLeaveMessages } from '../../../core/messages/sick-leave-messages';
import { useMessages } from '../i18n/use-messages';

/** Two years of windows: a year's change shows, and each season is in every point. */
const WINDOWS = 24;

/**
 * The unit's sick leave over rolling 12 months, one point per month: each point holds a whole
 * year, so the seasons do not make the line jump. Hidden windows break the line and say so; the
 * numbers are in a table under the chart for screen readers and exact reading.
 */
export function RollingChart({ unitId, lastMonth }: { unitId: string; lastMonth: string }) {
  const [year, month] = lastMonth.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - WINDOWS, 1)).toISOString().slice(0, 7);
  const loaded = useJson<SickLeaveTable>(
    `/api/sick-leave?granularity=rolling12&unitId=${encodeURIComponent(unitId)}&from=${first}&to=${lastMonth}`,
  );
  if (loaded.state !== 'ready') return null;
  return <Chart table={loaded.data} />;
}

function Chart({ table }: { table: SickLeaveTable }) {
  const { locale } = useLocale();
  const t = useMessages(sickLeaveMessages);
  // Windows that begin before the data do not hold twelve months: leave them out.
  const whole = table.periods.flatMap((p, i) =>
    p.partial ? [] : [{ period: p, figure: table.rows[0]!.figures[i]! }],
  );
  if (whole.length === 0) return null;
  const rates = whole.map(({ figure }) => (figure.status === 'shown' ? figure.rate : null));
  const geometry = rollingGeometry(rates);
  return (
    <section aria-labelledby="rolling-heading">
      <h2 id="rolling-heading">{t('sickLeave.rollingHeading')}</h2>
      <figure class="indicator-chart rolling-chart">
        <svg
          viewBox={`0 0 ${CHART.width} ${CHART.height}`}
          role="img"
          aria-label={t('sickLeave.chartLabel', { unit: table.unit.name })}
        >
          {geometry.yTicks.map((tick) => (
            <g class="tick" key={tick.value}>
              <line x1={CHART.left} x2={CHART.width - CHART.right} y1={tick.y} y2={tick.y} />
              <text x={CHART.left - 6} y={tick.y + 4} text-anchor="end">
                {formatValueIn(tick.value, 'share', locale)}
              </text>
            </g>
          ))}
          {whole.map(({ period }, i) =>
            (whole.length - 1 - i) % 3 === 0 ? (
              <text
                class="round-label"
                x={geometry.xs[i]}
                y={CHART.height - 22}
                text-anchor="middle"
                key={period.key}
              >
                {monthLabel(period.lastMonth, locale)}
              </text>
            ) : null,
          )}
          <g class="series unit">
            {geometry.runs.map((run) => (
              <polyline class="line" points={run} key={run} />
            ))}
            {geometry.ys.map((y, i) =>
              y === null ? (
                <text
                  class="hidden-mark"
                  x={geometry.xs[i]}
                  y={CHART.height - CHART.bottom - 6}
                  text-anchor="middle"
                  key={i}
                >
                  ×
                </text>
              ) : (
                <circle class="point" cx={geometry.xs[i]} cy={y} r={3.5} key={i} />
              ),
            )}
          </g>
        </svg>
        <figcaption>
          <details>
            <summary>{t('sickLeave.chartNumbers')}</summary>
            <table class="indicator-table rolling-numbers">
              <thead>
                <tr>
                  <th scope="col">{t('sickLeave.windowEnding')}</th>
                  <th scope="col">{t('sickLeave.title')}</th>
                </tr>
              </thead>
              <tbody>
                {whole.map(({ period, figure }) => (
                  <tr key={period.key}>
                    <th scope="row">{monthLabel(period.lastMonth, locale)}</th>
                    <td>
                      {figure.status === 'shown'
                        ? `${formatValueIn(figure.rate, 'share', locale)} (${t('sickLeave.employees', { count: figure.employees })})`
                        : figure.status === 'hidden'
                          ? t('sickLeave.hidden', { min: figure.minEmployees })
                          : t('sickLeave.noData')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figcaption>
      </figure>
    </section>
  );
}
