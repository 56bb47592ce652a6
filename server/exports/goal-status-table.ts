import { formatOfUnit, type ExportCell, type ExportTable } from '../../core/exports/export-table';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { UnitKind } from '../../core/org/org-unit';
import type { ValueUnit } from '../../core/text/format-value';
import { statusTextIn } from '../../core/text/goal-status-text';
import type { ShownValue } from '../use-cases/goal-cells';
import type { GoalCell, GoalOverview } from '../use-cases/goal-overview';
import { EXPORT_WORDS, type ExportWords } from './export-words';

/**
 * The dashboard's goal status table: one row per unit in the user's scope, for each goal its
 * status, value, interval and n, exactly the cells `GET /api/goals` gives (hidden ones as text).
 */
export function goalStatusTable(overview: GoalOverview, locale: Locale): ExportTable {
  const words = EXPORT_WORDS[locale];
  const goals = overview.contracts.flatMap((contract) =>
    contract.goals.map((goal) => ({
      ...goal,
      // Two contracts may each have a goal of the same name: the contract tells them apart.
      label: overview.contracts.length > 1 ? `${contract.title}: ${goal.title[locale]}` : goal.title[locale],
    })),
  );
  return {
    title: words.sheets.goals,
    headers: [
      words.unit,
      words.level,
      words.kind,
      ...goals.flatMap((g) => goalHeaders(g.label, g.unit, words)),
    ],
    rows: overview.rows.map((row) => [
      { text: row.name, indent: row.depth },
      { number: row.depth, format: 'count' },
      words.kinds[row.kind as UnitKind] ?? row.kind,
      ...goals.flatMap((g) =>
        goalColumns(row.cells[g.id] ?? { status: 'out-of-scope' }, g.unit, words, locale),
      ),
    ]),
  };
}

function goalHeaders(label: string, unit: ValueUnit, words: ExportWords): string[] {
  const inPercent = unit === 'share' ? ' (%)' : '';
  return [
    `${label} – ${words.status}`,
    `${label} – ${words.value}${inPercent}`,
    `${label} – ${words.ciLow}${inPercent}`,
    `${label} – ${words.ciHigh}${inPercent}`,
    `${label} – ${words.n}`,
  ];
}

/** Status, value, CI low, CI high, n of one goal at one unit. */
function goalColumns(cell: GoalCell, unit: ValueUnit, words: ExportWords, locale: Locale): ExportCell[] {
  if (cell.status === 'out-of-scope') return [words.notCovered, null, null, null, null];
  if (cell.status === 'hidden')
    return [statusTextIn('hidden', locale), ...Array<ExportCell>(4).fill(words.hidden)];
  const status = statusTextIn(cell.status, locale);
  // "No data" may still carry a measurement the rule cannot judge yet (a trend's first round).
  const shown = cell.status === 'no-data' ? cell.measured : cell;
  return [status, ...shownColumns(shown, unit)];
}

function shownColumns(shown: ShownValue | undefined, unit: ValueUnit): ExportCell[] {
  if (!shown) return [null, null, null, null];
  const format = formatOfUnit(unit);
  return [
    { number: shown.value, format },
    shown.ciLow === null ? null : { number: shown.ciLow, format },
    shown.ciHigh === null ? null : { number: shown.ciHigh, format },
    { number: shown.n, format: 'count' },
  ];
}
