import { REPORT_WORDS } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/** A text the staff wrote, in its paragraphs (a blank line between them), or "not written yet". */
export function WrittenText({ text }: { text: string }) {
  const { locale } = useLocale();
  if (!text.trim()) return <p class="missing">{REPORT_WORDS[locale].notWritten}</p>;
  return (
    <div class="written">
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
