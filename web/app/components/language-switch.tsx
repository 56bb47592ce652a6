import { appMessages } from '../../../core/messages/app-messages';
import { formatMessage } from '../../../core/messages/message-catalogue';
import { LOCALES, useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';

/** Three buttons, each named in its own language, so that anyone can find theirs. */
export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useMessages(appMessages);
  return (
    <div class="languages" role="group" aria-label={t('app.language')}>
      {LOCALES.map((l) => (
        <button type="button" lang={l} aria-pressed={l === locale} onClick={() => setLocale(l)} key={l}>
          {formatMessage(l, appMessages['app.languageName'])}
        </button>
      ))}
    </div>
  );
}
