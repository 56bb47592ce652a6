import type { Submit } from './use-submit';
import { issueText, otherIssues } from './field-issues';
import { FocusedNotice } from './focused-notice';
import { adminRefusalMessages } from '../../../core/messages/admin-refusal-messages';
import { appMessages } from '../../../core/messages/app-messages';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';

const messages = { ...appMessages, ...adminRefusalMessages };

/**
 * Above a refused form: "nothing was saved, correct the fields below", and any issue not about one
 * of the form's `fields`. Without named fields (403, 404) the server's reason is shown.
 */
export function RefusalSummary({ submit, fields }: { submit: Submit; fields: string[] }) {
  const { locale } = useLocale();
  const t = useMessages(messages);
  const failure = submit.failure;
  if (!failure) return null;
  const others = otherIssues(failure.issues, fields);
  return (
    <FocusedNotice role="alert" class="error" token={failure}>
      <p>{failure.issues.length ? t('admin.refused') : t('app.loadFailed', { message: failure.message })}</p>
      {others.length > 0 && (
        <ul>
          {others.map((i) => (
            <li key={i.field}>{issueText(locale, i)}</li>
          ))}
        </ul>
      )}
    </FocusedNotice>
  );
}
