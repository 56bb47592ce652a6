import { formatDateIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/** "as of 20 November 2026" beside numbers an earlier release published (docs/decisions/0011). */
export function AsOf({ date }: { date: string }) {
  const { locale, words } = useLocale();
  return <span class="as-of">{words.asOf(formatDateIn(date, locale))}</span>;
}
