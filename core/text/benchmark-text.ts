import type { UsedBenchmark } from '../benchmarks/benchmark-lookup';
import type { Locale } from '../indicators/indicator-definition';
import { goalTextMessages } from '../messages/goal-text-messages';
import { formatMessage } from '../messages/message-catalogue';
import { formatValueIn, type ValueUnit } from './format-value';

/**
 * The mean a benchmark part was judged against, with where it comes from: "Gennemsnit for
 * Sammenlignelige kommuner 2026: 84,6 % (5 kommuner; Undervisningsministeriet, udtræk 2026-11-20)".
 */
export function benchmarkTextIn(used: UsedBenchmark, unit: ValueUnit, locale: Locale): string {
  const origin = [used.source, ...used.vintages].filter(Boolean).join(', ');
  return formatMessage(locale, goalTextMessages['goal.benchmark'], {
    group: used.comparisonGroup,
    year: String(used.year),
    value: formatValueIn(used.average, unit, locale),
    count: used.municipalities,
    origin: origin ? `; ${origin}` : '',
  });
}
