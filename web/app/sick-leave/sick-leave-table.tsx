import type { SickLeaveFigure, SickLeaveTable } from '../api/sick-leave-types';
import { formatChangeIn, formatValueIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { sickLeaveHref } from './sick-leave-address';
import { daysText, periodLabel } from './sick-leave-format';

/**
 * The unit and its children (links one level down) × the periods. A shown cell has the rate, n
 * employees, planned day-works and the change from the same period last year; a hidden cell says
 * "hidden" and why, and has no number at all.
 */
export function SickLeaveFigureTable({ table }: { table: SickLeaveTable }) {
  const { locale, words } = useLocale();
  const w = words.sickLeave;
  const anyHidden = table.rows.some((r) => r.figures.some((f) => f.status === 'hidden'));
  return (
    <>
      <h2 id="sick-leave-heading">
        {w.tableHeading(table.unit.name, w.granularities[table.granularity], table.rows.length > 1)}
      </h2>
      <p class="meta">{w.tableNote}</p>
      <div class="table-scroll" role="region" aria-labelledby="sick-leave-heading" tabIndex={0}>
        <table class="sick-leave-table">
          <thead>
            <tr>
              <th scope="col">{words.unit}</th>
              {table.periods.map((p) => (
                <th scope="col" key={p.key}>
                  {table.granularity === 'rolling12' && <span class="window">{w.windowEnding} </span>}
                  {periodLabel(p, table.granularity, locale)}
                  {p.partial && <span class="partial"> ({w.soFar})</span>}
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
                  <span class="kind">{words.kinds[row.kind] ?? row.kind}</span>
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
          {w.hidden(table.minEmployees)}
        </p>
      )}
    </>
  );
}

function FigureCell({ figure }: { figure: SickLeaveFigure }) {
  const { locale, words } = useLocale();
  const w = words.sickLeave;
  if (figure.status === 'no-data') return <td class="no-data">{w.noData}</td>;
  if (figure.status === 'hidden')
    return (
      <td class="hidden-value">
        <span aria-hidden="true">{w.hiddenShort}*</span>
        <span class="visually-hidden">{w.hidden(figure.minEmployees)}</span>
      </td>
    );
  const change = figure.sameLastYear;
  return (
    <td class="figure">
      <span class="rate">{formatValueIn(figure.rate, 'share', locale)}</span>
      <span class="n">
        {w.employees(figure.employees)}
        {figure.employeesEstimated && ` (${w.estimated})`}
      </span>
      <span class="days">{w.plannedDays(daysText(figure.plannedDays, locale))}</span>
      <span class="change">
        {change.available
          ? w.change(formatChangeIn(change.points, 'share', locale))
          : w.changeMissing[change.reason]}
      </span>
    </td>
  );
}
