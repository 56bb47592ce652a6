import { measuredMessages } from '../../../core/messages/measured-messages';
import type { MeasuredFigure, MeasuredFiguresView, MeasuredUnitRow } from '../api/measured-types';
import { useLocale } from '../i18n/locale';
import { useKindName } from '../i18n/use-kind-name';
import { useMessages } from '../i18n/use-messages';
import {
  countText,
  measuredChangeText,
  measuredIntervalText,
  measuredText,
  measuredValueText,
} from './measured-format';

/** The units in tree order (each parent followed by its children), with their depth for the indent. */
export function treeOrder(units: MeasuredUnitRow[]): { unit: MeasuredUnitRow; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, MeasuredUnitRow[]>();
  for (const unit of units) {
    // A unit whose parent is out of the reader's scope starts a tree of its own.
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: { unit: MeasuredUnitRow; depth: number }[] = [];
  const byName = (a: MeasuredUnitRow, b: MeasuredUnitRow) =>
    a.name.localeCompare(b.name, undefined, { numeric: true });
  const walk = (parent: string | null, depth: number) => {
    for (const unit of [...(children.get(parent) ?? [])].sort(byName)) {
      ordered.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return ordered;
}

/**
 * Units × periods. A shown cell has the figure in its kind's words, n persons, the interval where
 * there is one and the change from the same period last year; a hidden cell says hidden and why,
 * with no number at all; a cell without figures a dash.
 */
export function MeasuredFigureTable({ figures }: { figures: MeasuredFiguresView }) {
  const t = useMessages(measuredMessages);
  const { locale } = useLocale();
  const kindName = useKindName();
  const rows = treeOrder(figures.units);
  const anyHidden = figures.units.some((u) => u.figures.some((f) => f.status === 'hidden'));
  const title = measuredText(figures.definition.title, locale);
  return (
    <>
      <h2 id="measured-heading">{t('measured.figures.tableHeading', { title })}</h2>
      <p class="meta">{t('measured.figures.note')}</p>
      <div class="table-scroll" role="region" aria-labelledby="measured-heading" tabIndex={0}>
        <table class="sick-leave-table measured-table">
          <thead>
            <tr>
              <th scope="col">{t('measured.figures.unit')}</th>
              {figures.periods.map((p) => (
                <th scope="col" key={p.key}>
                  {p.title[locale]}
                  {p.partial && <span class="partial"> ({t('measured.figures.soFar')})</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ unit, depth }) => (
              <tr key={unit.id} data-unit={unit.id} class={depth === 0 ? 'top-row' : undefined}>
                <th scope="row" class={`depth-${Math.min(depth, 5)}`}>
                  {unit.name}
                  <span class="kind">{kindName(unit.kind)}</span>
                </th>
                {unit.figures.map((figure, i) => (
                  <FigureCell figure={figure} figures={figures} key={figures.periods[i]!.key} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anyHidden && (
        <p class="meta" id="hidden-note">
          <span aria-hidden="true">* </span>
          {t('measured.figures.hidden', { min: figures.definition.minPersons })}
        </p>
      )}
    </>
  );
}

function FigureCell({ figure, figures }: { figure: MeasuredFigure; figures: MeasuredFiguresView }) {
  const { locale } = useLocale();
  const t = useMessages(measuredMessages);
  const { definition } = figures;
  if (figure.status === 'no-data')
    return (
      <td class="no-data">
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">{t('measured.figures.noDataCell')}</span>
      </td>
    );
  if (figure.status === 'hidden')
    return (
      <td class="hidden-value">
        <span aria-hidden="true">{t('measured.figures.hiddenShort')}*</span>
        <span class="visually-hidden">{t('measured.figures.hidden', { min: figure.minPersons })}</span>
      </td>
    );
  const change = figure.sameLastYear;
  const who = measuredText(definition.personsLabel, locale) || t('measured.figures.personsDefault');
  return (
    <td class="figure">
      <span class="rate">{measuredValueText(definition, figure.value, locale)}</span>
      {figure.persons !== null && (
        <span class="n">
          {t('measured.figures.persons', { count: countText(figure.persons, locale), who })}
        </span>
      )}
      {figure.ciLow !== null && figure.ciHigh !== null && (
        <span class="interval">
          {t('measured.figures.interval', {
            range: measuredIntervalText(definition, figure.ciLow, figure.ciHigh, locale),
          })}
        </span>
      )}
      <span class="change">
        {change.available && change.change.comparable
          ? t('measured.figures.change', {
              change: measuredChangeText(definition, change.change.change, locale),
            })
          : t(`measured.figures.changeMissing.${change.available ? 'no-previous' : change.reason}`)}
      </span>
    </td>
  );
}
