import type { ExportCell, ExportTable } from '../../core/exports/export-table';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { ComparedValue, IndicatorDetail } from '../use-cases/indicator-detail';
import { EXPORT_WORDS, type ExportWords } from './export-words';
import { changeColumns, measuredHeaders, valueColumns } from './unit-indicators-table';

/**
 * One indicator of one unit as its detail view shows it: per round the unit's total with its
 * change, the comparison units' totals, and the unit's breakdown groups. Hidden values are text.
 */
export function indicatorDetailTable(detail: IndicatorDetail, locale: Locale): ExportTable {
  const words = EXPORT_WORDS[locale];
  const unit = detail.indicator.unit;
  const noChange = Array<ExportCell>(5).fill(null);
  return {
    title: detail.indicator.label[locale].slice(0, 31),
    headers: [words.round, words.unit, words.breakdown, words.group, ...measuredHeaders(words)],
    rows: detail.points.flatMap((point) => {
      const start = (who: string, breakdown: string, group: string): ExportCell[] => [
        point.title[locale],
        who,
        breakdown,
        group,
        words.units[unit],
      ];
      const comparisons = detail.comparisons.flatMap((c) => {
        const value = c.points.find((p) => p.roundId === point.roundId)?.value;
        return value
          ? [
              [
                ...start(c.name, words.total, words.total),
                ...comparedColumns(value, unit, words),
                ...noChange,
              ],
            ]
          : [];
      });
      const groups = point.breakdowns.flatMap((b) =>
        b.cells.map((cell) => [
          ...start(detail.unit.name, b.label[locale], cell.labels[locale]),
          ...valueColumns(cell.view, unit, words),
          ...noChange,
        ]),
      );
      return [
        [
          ...start(detail.unit.name, words.total, words.total),
          ...valueColumns(point.value, unit, words),
          ...changeColumns(point.change, unit, words, locale),
        ],
        ...comparisons,
        ...groups,
      ];
    }),
  };
}

/** A comparison group's mean has no n or interval of its own; a withheld network figure is text. */
function comparedColumns(
  value: ComparedValue,
  unit: IndicatorDetail['indicator']['unit'],
  words: ExportWords,
): ExportCell[] {
  if ('published' in value)
    return [
      null,
      ...valueColumns({ ...value, n: 0, ciLow: value.value, ciHigh: value.value }, unit, words).slice(1, 2),
      null,
      null,
    ];
  if (!value.shown && value.reason === 'network-hidden') return Array<ExportCell>(4).fill(words.hidden);
  return valueColumns(
    value as Exclude<ComparedValue, { reason: 'network-hidden' } | { published: true }>,
    unit,
    words,
  );
}
