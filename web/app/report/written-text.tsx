import { reportDocumentMessages } from '../../../core/messages/report-document-messages';
import { useMessages } from '../i18n/use-messages';

/** A text the staff wrote, in its paragraphs (a blank line between them), or "not written yet". */
export function WrittenText({ text }: { text: string }) {
  const w = useMessages(reportDocumentMessages);
  if (!text.trim()) return <p class="missing">{w('reportDocument.notWritten')}</p>;
  return (
    <div class="written">
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
