import { appMessages } from '../../../core/messages/app-messages';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';

/**
 * The table on screen as a CSV or XLSX file, in the screen's language. The server builds it from
 * the same data as the screen, so what is hidden here is hidden in the file too.
 */
export function ExportLinks({ path, label, query = '' }: { path: string; label?: string; query?: string }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  const href = (format: 'csv' | 'xlsx') => `${path}.${format}?lang=${locale}${query ? `&${query}` : ''}`;
  return (
    <p class="exports">
      <span>{label ?? t('app.download')}:</span>{' '}
      <a href={href('xlsx')} download>
        Excel (XLSX)
      </a>{' '}
      <a href={href('csv')} download>
        CSV
      </a>
    </p>
  );
}
