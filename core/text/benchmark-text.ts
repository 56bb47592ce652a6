import type { UsedBenchmark } from '../benchmarks/benchmark-lookup';
import type { Locale } from '../indicators/indicator-definition';
import { formatValueIn, type ValueUnit } from './format-value';

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
