import type { Locale } from '../indicators/indicator-definition';
import { LOCALE_TAG } from './locale-tag';

const formats = new Map<Locale, Intl.NumberFormat>();

/** "1.234" (da), "1 234" (nb, a no-break space), "1,234" (en): a count grouped as the language groups it. */
export function formatCountIn(count: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAG[locale], { maximumFractionDigits: 0 });
    formats.set(locale, format);
  }
  return format.format(count);
}

/** "n = 1.234": how many answers a figure rests on. */
export const nTextIn = (n: number, locale: Locale): string => `n = ${formatCountIn(n, locale)}`;
