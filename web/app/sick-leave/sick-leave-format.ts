import { LOCALE_TAG } from '../../../core/text/locale-tag';
import type { SickLeavePeriodView } from '../api/sick-leave-types';
import type { Locale } from '../i18n/locale';

const QUARTER: Record<Locale, string> = { da: 'K', nb: 'K', en: 'Q' };

/** Day-works and days per FTE: one decimal at most, grouped as the language groups thousands. */
export const daysText = (days: number, locale: Locale) =>
  new Intl.NumberFormat(LOCALE_TAG[locale], { maximumFractionDigits: 1 }).format(days);

/** '2025-03' → "mar. 2025" / "Mar 2025". */
export function monthLabel(month: string, locale: Locale): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(LOCALE_TAG[locale], {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, index - 1, 1)));
}

/** How a period reads in a column header: "mar. 2025", "K1 2025", "2025", or a window's last month. */
export function periodLabel(period: SickLeavePeriodView, granularity: string, locale: Locale): string {
  if (granularity === 'month') return monthLabel(period.firstMonth, locale);
  if (granularity === 'quarter') return period.key.replace(/^(\d{4})-Q(\d)$/, `${QUARTER[locale]}$2 $1`);
  if (granularity === 'year') return period.key;
  return monthLabel(period.lastMonth, locale);
}
