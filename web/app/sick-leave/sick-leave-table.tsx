import type { SickLeaveFigure, SickLeaveTable } from '../api/sick-leave-types';
import { formatChangeIn, formatValueIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { sickLeaveHref } from './sick-leave-address';
import { daysText, periodLabel } from './sick-leave-format';
import { appMessages } from '../../../core/messages/app-messages';
import { sickLeaveMessages } from '../../../core/messages/sick-leave-messages';
import { useKindName } from '../i18n/use-kind-name';
import { useMessages } from '../i18n/use-messages';

const messages = { ...appMessages, ...sickLeaveMessages };

/**
 * The unit and its children (links one level down) × the periods. A shown cell has the rate, n
 * employees, planned day-works and the change from the same period last year; a hidden cell says
 * "hidden" and why, and has no number at all.
 */
export function SickLeaveFigureTable({ table }: { table: SickLeaveTable }) {
  const { locale } = useLocale();
  const t = useMessages(messages);
  const kindName = useKindName();
  const anyHidden = table.rows.some((r) => r.figures.some((f) => f.status === 'hidden'));
  return (
    <>
      <h2 id="sick-leave-heading">
        {t('sickLeave.tableHeading', {
          unit: table.unit.name,
          granularity: t(`sickLeave.granularity.${table.granularity}`).toLowerCase(),
          below: table.rows.length > 1 ? 'yes' : 'no',
        })}
      </h2>
      <p class="meta">{t('sickLeave.tableNote')}</p>
      <div class="table-scroll" role="region" aria-labelledby="sick-leave-heading" tabIndex={0}>
        <table class="sick-leave-table">
          <thead>
            <tr>
              <th scope="col">{t('app.unit')}</th>
              {table.periods.map((p) => (
                <th scope="col" key={p.key}>
                  {table.granularity === 'rolling12' && (
                    <span class="window">{t('sickLeave.windowEnding')} </span>
                  )}
                  {periodLabel(p, table.granularity, locale)}
                  {p.partial && <span class="partial"> ({t('sickLeave.soFar')})</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.unitId} class={row.level === 0 ? 'top-row' : undefined}>
                <th scope="row" class={`level-${row.level}`}>
                  {row.level === 0 ? (
                    row.name
                  ) : (
                    <a href={sickLeaveHref(row.unitId, table.granularity)}>{row.name}</a>
                  )}
                  <span class="kind">{kindName(row.kind)}</span>
                </th>
                {row.figures.map((figure, i) => (
                  <FigureCell figure={figure} key={table.periods[i]!.key} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anyHidden && (
        <p class="meta" id="hidden-note">
          <span aria-hidden="true">* </span>
          {t('sickLeave.hidden', { min: table.minEmployees })}
        </p>
      )}
    </>
  );
}

function FigureCell({ figure }: { figure: SickLeaveFigure }) {
  const { locale } = useLocale();
  const t = useMessages(messages);
  if (figure.status === 'no-data') return <td class="no-data">{t('sickLeave.noData')}</td>;
  if (figure.status === 'hidden')
    return (
      <td class="hidden-value">
        <span aria-hidden="true">{t('sickLeave.hiddenShort')}*</span>
        <span class="visually-hidden">{t('sickLeave.hidden', { min: figure.minEmployees })}</span>
      </td>
    );
  const change = figure.sameLastYear;
  return (
    <td class="figure">
      <span class="rate">{formatValueIn(figure.rate, 'share', locale)}</span>
      <span class="n">
        {t('sickLeave.employees', { count: figure.employees })}
        {figure.employeesEstimated && ` (${t('sickLeave.estimated')})`}
      </span>
      <span class="days">{t('sickLeave.plannedDays', { days: daysText(figure.plannedDays, locale) })}</span>
      <span class="change">
        {change.available
          ? t('sickLeave.change', { points: formatChangeIn(change.points, 'share', locale) })
          : t(`sickLeave.changeMissing.${change.reason}`)}
      </span>
    </td>
  );
}
