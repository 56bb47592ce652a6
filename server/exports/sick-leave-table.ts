import type { ExportCell, ExportTable } from '../../core/exports/export-table';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { SickLeaveFigure } from '../../core/sick-leave/sick-leave-figures';
import type { SickLeaveTable } from '../use-cases/sick-leave-figures';
import { EXPORT_WORDS } from './export-words';
import { SICK_LEAVE_EXPORT_WORDS, type SickLeaveExportWords } from './sick-leave-export-words';

/**
 * The sick-leave table as its screen shows it: one row per unit and period, the unit first, then
 * its children. A hidden figure is its reason as text in the rate column and nothing else.
 */
export function sickLeaveExportTable(data: SickLeaveTable, locale: Locale): ExportTable {
  const words = SICK_LEAVE_EXPORT_WORDS[locale];
  const kinds = EXPORT_WORDS[locale].kinds;
  return {
    title: words.sheet,
    headers: [
      words.unit,
      words.kind,
      words.granularities[data.granularity],
      words.rate,
      words.sickDays,
      words.plannedDays,
      words.employees,
      words.daysPerFte,
      words.shortTermShare,
      words.selfCertifiedShare,
      words.change,
      words.note,
    ],
    rows: data.rows.flatMap((row) =>
      data.periods.map((period, i) => [
        { text: row.name, indent: row.level },
        kinds[row.kind],
        period.key,
        ...figureColumns(row.figures[i]!, words, period.partial),
      ]),
    ),
  };
}

// Day-works and days per FTE are written with one decimal ('index' is the one-decimal format).
function figureColumns(figure: SickLeaveFigure, words: SickLeaveExportWords, partial: boolean): ExportCell[] {
  const empty = Array<ExportCell>(8).fill(null);
  if (figure.status === 'no-data') return [words.noData, ...empty];
  if (figure.status === 'hidden') return [words.hidden(figure.minEmployees), ...empty];
  const share = (value: number | null): ExportCell =>
    value === null ? null : { number: value, format: 'percent' };
  const change = figure.sameLastYear;
  const notes = [
    partial ? words.partial : null,
    figure.employeesEstimated ? words.estimated : null,
    !change.available && change.reason === 'previous-hidden' ? words.previousHidden : null,
  ].filter((note) => note !== null);
  return [
    { number: figure.rate, format: 'percent' },
    { number: figure.sickDays, format: 'index' },
    { number: figure.plannedDays, format: 'index' },
    { number: figure.employees, format: 'count' },
    { number: figure.daysPerFte, format: 'index' },
    share(figure.shortTermShare),
    share(figure.selfCertifiedShare),
    change.available ? { number: change.points, format: 'points' } : null,
    notes.join('; ') || null,
  ];
}
