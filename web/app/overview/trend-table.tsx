import type { ReportPoint, ValueUnit } from '../api/api-types';
import { StatusBadge } from '../components/status-badge';
import { formatValueIn, intervalText, localized } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/** Every measurement since the baseline in numbers, folded away until asked for. */
export function TrendTable({ points, unit, year }: { points: ReportPoint[]; unit: ValueUnit; year: number }) {
  const { locale, words } = useLocale();
  if (points.length === 0) return null;
  return (
    <details class="trend-table">
      <summary>
        {words.measurements} ({points.length})
      </summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{words.round}</th>
            <th scope="col">Status</th>
            <th scope="col">{words.value}</th>
            <th scope="col">{words.interval}</th>
            <th scope="col">n</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={`${p.year}-${i}`} class={p.year === year ? 'current' : undefined}>
              <th scope="row">
                {localized(p.roundTitle, locale)}
                {i === 0 && <span class="meta"> ({words.baseline})</span>}
              </th>
              <td>
                <StatusBadge status={p.status} />
              </td>
              {p.value === undefined ? (
                <td colSpan={3}>{p.status === 'hidden' ? words.hiddenTooFew : words.noAnswers}</td>
              ) : (
                <>
                  <td>{formatValueIn(p.value, unit, locale)}</td>
                  <td>
                    {p.ciLow == null || p.ciHigh == null
                      ? words.sickLeave.noInterval
                      : intervalText({ ciLow: p.ciLow, ciHigh: p.ciHigh }, unit, locale)}
                  </td>
                  <td>{p.n}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
