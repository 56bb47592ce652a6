import type { UsedBenchmark } from '../../core/benchmarks/benchmark-lookup';
import type { GoalStatus } from '../../core/goals/evaluate-goal';
import type { GoalReason } from '../../core/goals/judge-goal';
import type { GoalRule, SingleRule } from '../../core/goals/goal-rule';
import type { Locale } from '../../core/indicators/indicator-definition';

export type ValueUnit = 'share' | 'score' | 'index';

/** "88,2 %" in Danish and Norwegian, "88.2 %" in English; scores with two decimals. */
export function formatValueIn(value: number, unit: ValueUnit, locale: Locale): string {
  const digits = unit === 'score' ? 2 : 1;
  const shown = unit === 'share' ? value * 100 : value;
  const text = shown.toFixed(digits);
  const localized = locale === 'en' ? text : text.replace('.', ',');
  return unit === 'share' ? `${localized} %` : localized;
}

/** A change with its interval: "+1,6 procentpoint (−6,1 til +9,0)"; percentage points for shares. */
export function formatChangeWithIntervalIn(
  change: { change: number; ciLow: number; ciHigh: number },
  unit: ValueUnit,
  locale: Locale,
): string {
  const bare = (x: number) => formatChangeIn(x, unit, locale).split(' ')[0]!;
  const to = { da: 'til', nb: 'til', en: 'to' }[locale];
  // A change between two counts (sick leave) is exact: its interval is the point itself.
  if (change.ciLow === change.ciHigh) return formatChangeIn(change.change, unit, locale);
  return `${formatChangeIn(change.change, unit, locale)} (${bare(change.ciLow)} ${to} ${bare(change.ciHigh)})`;
}

/** A change in percentage points for shares ("+4,1 pp"), in the value's own unit otherwise. */
export function formatChangeIn(change: number, unit: ValueUnit, locale: Locale): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const magnitude = formatValueIn(Math.abs(change), unit, locale).replace(' %', '');
  const points = { da: 'procentpoint', nb: 'prosentpoeng', en: 'pp' }[locale];
  return unit === 'share' ? `${sign}${magnitude} ${points}` : `${sign}${magnitude}`;
}

const OPS: Record<Locale, Record<string, string>> = {
  da: { '>': 'over', '>=': 'mindst', '<': 'under', '<=': 'højst' },
  nb: { '>': 'over', '>=': 'minst', '<': 'under', '<=': 'høyst' },
  en: { '>': 'above', '>=': 'at least', '<': 'below', '<=': 'at most' },
};

const WORDS = {
  da: {
    rising: 'stigende',
    falling: 'faldende',
    significant: ' (sikker ændring)',
    below: 'under gennemsnittet for',
    above: 'over gennemsnittet for',
    and: ' og ',
  },
  nb: {
    rising: 'økende',
    falling: 'synkende',
    significant: ' (sikker endring)',
    below: 'under gjennomsnittet for',
    above: 'over gjennomsnittet for',
    and: ' og ',
  },
  en: {
    rising: 'rising',
    falling: 'falling',
    significant: ' (a clear change)',
    below: 'below the average of',
    above: 'above the average of',
    and: ' and ',
  },
};

/** "over 90,0 %", "stigende", "faldende og under gennemsnittet for kostra-13". */
export function ruleTextIn(rule: GoalRule, unit: ValueUnit, locale: Locale): string {
  if (rule.type === 'all') return rule.rules.map((r) => partText(r, unit, locale)).join(WORDS[locale].and);
  return partText(rule, unit, locale);
}

function partText(rule: SingleRule, unit: ValueUnit, locale: Locale): string {
  const words = WORDS[locale];
  if (rule.type === 'threshold') return `${OPS[locale][rule.op]} ${formatValueIn(rule.target, unit, locale)}`;
  if (rule.type === 'trend') return words[rule.direction] + (rule.significant ? words.significant : '');
  return `${words[rule.position]} ${rule.comparisonGroup}`;
}

export const STATUS_TEXT: Record<Locale, Record<GoalStatus, string>> = {
  da: {
    met: 'Nået',
    'not-met': 'Ikke nået',
    uncertain: 'Usikkert',
    'no-data': 'Ingen data',
    hidden: 'Skjult',
  },
  nb: {
    met: 'Nådd',
    'not-met': 'Ikke nådd',
    uncertain: 'Usikkert',
    'no-data': 'Ingen data',
    hidden: 'Skjult',
  },
  en: { met: 'Met', 'not-met': 'Not met', uncertain: 'Uncertain', 'no-data': 'No data', hidden: 'Hidden' },
};

export const REASON_TEXT: Record<Locale, Record<GoalReason, string>> = {
  da: {
    baseline: 'Første måling: den er udgangspunktet for udviklingen.',
    'previous-hidden': 'Den forrige måling er skjult, så udviklingen kan ikke vises.',
    'not-comparable': 'Spørgsmålene er ændret siden sidst, så målingerne kan ikke sammenlignes.',
    'no-benchmark': 'Der er endnu ingen tal for sammenligningskommunerne.',
  },
  nb: {
    baseline: 'Første måling: den er utgangspunktet for utviklingen.',
    'previous-hidden': 'Den forrige målingen er skjult, så utviklingen kan ikke vises.',
    'not-comparable': 'Spørsmålene er endret siden sist, så målingene kan ikke sammenlignes.',
    'no-benchmark': 'Det finnes ennå ingen tall for sammenligningskommunene.',
  },
  en: {
    baseline: 'First measurement: it is the baseline for the trend.',
    'previous-hidden': 'The previous measurement is hidden, so the change cannot be shown.',
    'not-comparable': 'The questions changed since last time, so the measurements cannot be compared.',
    'no-benchmark': 'There are no figures for the comparison municipalities yet.',
  },
};

/**
 * The mean a benchmark part was judged against, with where it comes from: "Gennemsnit for
 * Sammenlignelige kommuner 2026: 84,6 % (5 kommuner; Undervisningsministeriet, udtræk 2026-11-20)".
 */
export function benchmarkTextIn(used: UsedBenchmark, unit: ValueUnit, locale: Locale): string {
  const value = formatValueIn(used.average, unit, locale);
  const origin = [used.source, ...used.vintages].filter(Boolean).join(', ');
  const n = used.municipalities;
  const text = {
    da: `Gennemsnit for ${used.comparisonGroup} ${used.year}: ${value} (${n} ${n === 1 ? 'kommune' : 'kommuner'}`,
    nb: `Gjennomsnitt for ${used.comparisonGroup} ${used.year}: ${value} (${n} ${n === 1 ? 'kommune' : 'kommuner'}`,
    en: `Average of ${used.comparisonGroup} ${used.year}: ${value} (${n} ${n === 1 ? 'municipality' : 'municipalities'}`,
  }[locale];
  return `${text}${origin ? `; ${origin}` : ''})`;
}
