import type { Locale } from '../i18n/locale';

const TAGS: Record<Locale, string> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };

/** "6. dec. 2026 15.42": a moment in Danish time (the municipality's), in the reader's language. */
export function formatMoment(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));
}
