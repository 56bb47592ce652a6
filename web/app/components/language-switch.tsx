import { LOCALES, useLocale, WORDS } from '../i18n/locale';

/** Three buttons, each named in its own language, so that anyone can find theirs. */
export function LanguageSwitch() {
  const { locale, words, setLocale } = useLocale();
  return (
    <div class="languages" role="group" aria-label={words.language}>
      {LOCALES.map((l) => (
        <button type="button" lang={l} aria-pressed={l === locale} onClick={() => setLocale(l)} key={l}>
          {WORDS[l].languageName}
        </button>
      ))}
    </div>
  );
}
