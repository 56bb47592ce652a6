import { formatDateIn } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { LocalizedText } from '../api/api-types';

/** "6. december 2026": a round's first or last day, in the user's language. */
export const dayText = (iso: string, locale: Locale) => formatDateIn(iso, locale);

/** A round's or unit's title in the user's language (the Danish when a translation is missing). */
export const titleIn = (text: LocalizedText, locale: Locale) => text[locale] || text.da;

/** "80,1 %" / "80.1 %"; "–" where no rate can be said. */
export function rateText(rate: number | null, locale: Locale): string {
  if (rate === null) return '–';
  const tag = locale === 'en' ? 'en-GB' : locale === 'nb' ? 'nb-NO' : 'da-DK';
  return `${(rate * 100).toLocaleString(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}
