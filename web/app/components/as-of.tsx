import { formatDateIn } from '../i18n/format';
import { appMessages } from '../../../core/messages/app-messages';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';

/** "as of 20 November 2026" beside numbers an earlier release published (docs/decisions/0011). */
export function AsOf({ date }: { date: string }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  return <span class="as-of">{t('app.asOf', { date: formatDateIn(date, locale) })}</span>;
}
