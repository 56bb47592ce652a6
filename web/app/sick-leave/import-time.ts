import { LOCALE_TAG } from '../../../core/text/locale-tag';
import type { Locale } from '../i18n/locale';

/** "06.12.2026 17.42": when an import was uploaded, in the reader's format and the browser's time zone. */
export const formatTime = (iso: string, locale: Locale): string =>
  new Date(iso).toLocaleString(LOCALE_TAG[locale], { dateStyle: 'short', timeStyle: 'short' });
