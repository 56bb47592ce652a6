import type { Locale } from '../indicators/indicator-definition';
import { LOCALE_TAG } from './locale-tag';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** "24. november 2026" / "24. november 2026" / "24 November 2026", in Copenhagen (and Oslo) time. */
export function formatDateIn(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAG[locale], {
      timeZone: 'Europe/Copenhagen',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    formats.set(locale, format);
  }
  // Parses the instant it is given; it reads no clock, which is what core/ forbids.
  // eslint-disable-next-line no-restricted-globals
  return format.format(new Date(iso));
}
