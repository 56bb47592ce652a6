import type { Locale } from '../indicators/indicator-definition';
import { LOCALE_TAG } from './locale-tag';

/** What a figure measures: a share (0–1, shown as a percentage), a mean score, or a 0–100 index. */
export type ValueUnit = 'share' | 'score' | 'index';

const formats = new Map<string, Intl.NumberFormat>();

/** One formatter per language and number of decimals: building an Intl.NumberFormat is not free. */
function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    // No grouping: a percentage or score never reaches a thousand, and "1234,5" was always shown so.
    format = new Intl.NumberFormat(LOCALE_TAG[locale], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * "82.4" → "82,4" in Danish and Norwegian. The number is rounded by toFixed first, as the CSV exports
 * round (core/exports/export-table.ts), so a screen and its export never differ in the last digit
 * (Intl alone would round 1.025 up where toFixed gives 1.02). Intl then writes that rounded number,
 * which needs no further rounding, with the language's decimal sign. The minus stays an ASCII
 * hyphen, as it always was (nb-NO would give U+2212).
 */
export function formatDecimalIn(value: number, digits: number, locale: Locale): string {
  const fixed = value.toFixed(digits);
  const sign = fixed.startsWith('-') ? '-' : '';
  return `${sign}${numberFormat(locale, digits).format(Math.abs(Number(fixed)))}`;
}

/** "88,2 %" in Danish and Norwegian, "88.2 %" in English; scores with two decimals, indexes with one. */
export function formatValueIn(value: number, unit: ValueUnit, locale: Locale): string {
  const digits = unit === 'score' ? 2 : 1;
  const shown = unit === 'share' ? value * 100 : value;
  const text = formatDecimalIn(shown, digits, locale);
  return unit === 'share' ? `${text} %` : text;
}
