import {
  changeFormatOfUnit,
  formatOfUnit,
  type ExportCell,
  type ExportTable,
} from '../../core/exports/export-table';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { ChangeView, UnitIndicators, ValueView } from '../use-cases/unit-indicators';
import { EXPORT_WORDS, type ExportWords } from './export-words';

type Indicator = UnitIndicators['rounds'][number]['indicators'][number];
type ValueUnit = Indicator['unit'];

/**
 * A unit's indicators as its page shows them: one row per round × indicator × breakdown group
 * (the unit's total first), with n, value, interval and, for the total, the change since last time.
 */
export function unitIndicatorsTable(data: UnitIndicators, locale: Locale): ExportTable {
  const words = EXPORT_WORDS[locale];
  return {
    title: words.sheets.indicators,
    headers: [words.round, words.indicator, words.breakdown, words.group, ...measuredHeaders(words)],
    rows: data.rounds.flatMap((round) =>
      round.indicators.flatMap((indicator) => indicatorRows(round.title[locale], indicator, words, locale)),
    ),
  };
}

/** The unit's total with its change, then each breakdown group (whose change is not computed). */
function indicatorRows(
  round: string,
  indicator: Indicator,
  words: ExportWords,
  locale: Locale,
): ExportCell[][] {
  const start = (breakdown: string, group: string): ExportCell[] => [
    round,
    indicator.label[locale],
    breakdown,
    group,
    words.units[indicator.unit],
  ];
  const total = [
    ...start(words.total, words.total),
    ...valueColumns(indicator.total, indicator.unit, words),
    ...changeColumns(indicator.change, indicator.unit, words, locale),
  ];
  const groups = indicator.breakdowns.flatMap((breakdown) =>
    breakdown.cells.map((cell) => [
      ...start(breakdown.label[locale], cell.labels[locale]),
      ...valueColumns(cell.view, indicator.unit, words),
      ...Array<ExportCell>(5).fill(null),
    ]),
  );
  return [total, ...groups];
}

/** The headers of measuredIn, valueColumns and changeColumns, in that order. */
export const measuredHeaders = (words: ExportWords): string[] => [
  words.measuredIn,
  words.n,
  words.value,
  words.ciLow,
  words.ciHigh,
  words.change,
  words.changeCiLow,
  words.changeCiHigh,
  words.verdict,
  words.since,
];

/** n, value, CI low, CI high; a hidden value is text in all four, so no number can leak. */
export function valueColumns(view: ValueView, unit: ValueUnit, words: ExportWords): ExportCell[] {
  if (!view.shown && view.reason === 'no-data') return [null, words.noData, null, null];
  if (!view.shown) return Array<ExportCell>(4).fill(words.hidden);
  const format = formatOfUnit(unit);
  return [
    { number: view.n, format: 'count' },
    { number: view.value, format },
    { number: view.ciLow, format },
    { number: view.ciHigh, format },
  ];
}

/** Change, its CI low and high, verdict, and the round it is measured from; or why there is none. */
export function changeColumns(
  change: ChangeView,
  unit: ValueUnit,
  words: ExportWords,
  locale: Locale,
): ExportCell[] {
  const since = change.previousTitle?.[locale] ?? null;
  if (!change.available) {
    const why = {
      'no-previous-round': null,
      'not-shown': words.notShown,
      'definition-changed': words.notComparable,
      'too-few': words.tooFewToCompare,
    }[change.reason];
    return [why, null, null, null, since];
  }
  const format = changeFormatOfUnit(unit);
  return [
    { number: change.change, format },
    { number: change.ciLow, format },
    { number: change.ciHigh, format },
    words.verdicts[change.verdict],
    since,
  ];
}
