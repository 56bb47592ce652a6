import type { ReportPoint, ValueUnit } from '../api/api-types';
import { StatusBadge } from '../components/status-badge';
import { formatValueIn, intervalText, localized } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { appMessages } from '../../../core/messages/app-messages';
import { sickLeaveMessages } from '../../../core/messages/sick-leave-messages';
import { useMessages } from '../i18n/use-messages';

const messages = { ...appMessages, ...sickLeaveMessages };

/** Every measurement since the baseline in numbers, folded away until asked for. */
export function TrendTable({ points, unit, year }: { points: ReportPoint[]; unit: ValueUnit; year: number }) {
  const { locale } = useLocale();
  const t = useMessages(messages);
  if (points.length === 0) return null;
  return (
    <details class="trend-table">
      <summary>
        {t('app.measurements')} ({points.length})
      </summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('app.round')}</th>
            <th scope="col">Status</th>
            <th scope="col">{t('app.value')}</th>
            <th scope="col">{t('app.interval')}</th>
            <th scope="col">n</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={`${p.year}-${i}`} class={p.year === year ? 'current' : undefined}>
              <th scope="row">
                {localized(p.roundTitle, locale)}
                {i === 0 && <span class="meta"> ({t('app.baseline')})</span>}
              </th>
              <td>
                <StatusBadge status={p.status} />
              </td>
              {p.value === undefined ? (
                <td colSpan={3}>{p.status === 'hidden' ? t('app.hiddenTooFew') : t('app.noAnswers')}</td>
              ) : (
                <>
                  <td>{formatValueIn(p.value, unit, locale)}</td>
                  <td>
                    {p.ciLow == null || p.ciHigh == null
                      ? t('sickLeave.noInterval')
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
