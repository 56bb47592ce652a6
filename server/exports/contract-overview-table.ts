import {
  changeFormatOfUnit,
  formatOfUnit,
  type ExportCell,
  type ExportTable,
} from '../../core/exports/export-table';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { FollowUpReport, ReportGoal, ReportPoint } from '../../core/reports/follow-up-report';
import type { ValueUnit } from '../../core/text/format-value';
import { ruleTextIn } from '../../core/text/goal-rule-text';
import { statusTextIn } from '../../core/text/goal-status-text';
import { EXPORT_WORDS, type ExportWords } from './export-words';

/**
 * A contract's overview as the dashboard shows it: one row per goal with its target, this year's
 * result, the change since the previous measurement, the baseline and how many units meet it.
 */
export function contractOverviewTable(report: FollowUpReport, locale: Locale): ExportTable {
  const words = EXPORT_WORDS[locale];
  return {
    title: words.sheets.contract,
    headers: [
      words.area,
      words.goal,
      words.target,
      words.scope,
      words.deadline,
      words.round,
      words.status,
      words.measuredIn,
      words.n,
      words.value,
      words.ciLow,
      words.ciHigh,
      words.change,
      words.changeCiLow,
      words.changeCiHigh,
      words.baseline,
      words.baselineValue,
      words.unitsMeeting,
      words.unitsCounted,
    ],
    rows: report.areas.flatMap((area) =>
      area.goals.map((goal) => [
        area.name,
        goal.title[locale],
        ruleTextIn(goal.rule, goal.unit, locale),
        goal.scopeName,
        goal.deadline,
        ...resultColumns(goal, words, locale),
        ...baselineColumns(goal, words, locale),
        ...unitColumns(goal),
      ]),
    ),
  };
}

/** Round, status, measured in, n, value, CI low, CI high, change, change CI low, change CI high. */
function resultColumns(goal: ReportGoal, words: ExportWords, locale: Locale): ExportCell[] {
  const point = goal.result;
  const unitWord = words.units[goal.unit];
  if (goal.outsideReadScope)
    return [null, words.outsideReadScope, unitWord, ...Array<ExportCell>(7).fill(null)];
  if (!point) return [null, statusTextIn('no-data', locale), unitWord, ...Array<ExportCell>(7).fill(null)];
  const head: ExportCell[] = [point.roundTitle[locale], statusTextIn(point.status, locale), unitWord];
  if (point.status === 'hidden')
    return [...head, ...Array<ExportCell>(4).fill(words.hidden), null, null, null];
  const change = point.change;
  const changeFormat = changeFormatOfUnit(goal.unit);
  return [
    ...head,
    ...pointColumns(point, goal.unit),
    change ? { number: change.change, format: changeFormat } : null,
    change ? { number: change.ciLow, format: changeFormat } : null,
    change ? { number: change.ciHigh, format: changeFormat } : null,
  ];
}

/** n, value, CI low, CI high: absent from the report when the point is hidden or not measured. */
function pointColumns(point: ReportPoint, unit: ValueUnit): ExportCell[] {
  if (point.value === undefined || point.n === undefined) return [null, null, null, null];
  const format = formatOfUnit(unit);
  return [
    { number: point.n, format: 'count' },
    { number: point.value, format },
    point.ciLow == null ? null : { number: point.ciLow, format },
    point.ciHigh == null ? null : { number: point.ciHigh, format },
  ];
}

/** The first measurement the trend starts from: its round and value (or why there is none). */
function baselineColumns(goal: ReportGoal, words: ExportWords, locale: Locale): ExportCell[] {
  const first = goal.trend[0];
  if (!first) return [null, null];
  const round = first.roundTitle[locale];
  if (first.status === 'hidden') return [round, words.hidden];
  if (first.value === undefined) return [round, words.noData];
  return [round, { number: first.value, format: formatOfUnit(goal.unit) }];
}

function unitColumns(goal: ReportGoal): ExportCell[] {
  const tally = goal.units;
  if (!tally) return [null, null];
  const counted = tally.met + tally.notMet.length + tally.uncertain + tally.hidden + tally.noData;
  return [
    { number: tally.met, format: 'count' },
    { number: counted, format: 'count' },
  ];
}
