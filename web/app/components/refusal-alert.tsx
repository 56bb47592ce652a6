import { commonMessages } from '../../../core/messages/common-messages';
import type { FieldIssue } from '../api/send-json';
import type { Submit } from '../admin/use-submit';
import { FocusedNotice } from '../admin/focused-notice';
import { useMessages } from '../i18n/use-messages';

/**
 * Above a refused form: "not saved, correct the fields below" with the fields' issues in the
 * user's language (`say`), focused so a keyboard user hears it. Without named fields (403, 409)
 * the refusal's own reason is said (`reason` may word the known ones).
 */
export function RefusalAlert({
  submit,
  say,
  reason,
}: {
  submit: Submit;
  say: (issue: FieldIssue) => string;
  reason?: (status: number | undefined) => string | null;
}) {
  const t = useMessages(commonMessages);
  const failure = submit.failure;
  if (!failure) return null;
  const text = failure.issues.length
    ? t('common.refused', { count: failure.issues.length })
    : (reason?.(failure.status) ?? t('common.loadFailed', { status: failure.message }));
  return (
    <FocusedNotice role="alert" class="error" token={failure}>
      <p>{text}</p>
      {failure.issues.length > 0 && (
        <ul>
          {failure.issues.map((i) => (
            <li key={i.field}>{say(i)}</li>
          ))}
        </ul>
      )}
    </FocusedNotice>
  );
}

/** The issue a refusal names for `field`, beside the field (id `<id>`), in the user's language. */
export function IssueBeside({
  id,
  field,
  issues,
  say,
}: {
  id: string;
  field: string;
  issues: FieldIssue[];
  say: (issue: FieldIssue) => string;
}) {
  const mine = issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`));
  if (mine.length === 0) return null;
  return (
    <span class="field-error" id={id}>
      {mine.map(say).join('; ')}
    </span>
  );
}

/** aria-invalid and aria-describedby for a field the refusal names (or one of its parts). */
export function invalidFor(id: string, field: string, issues: FieldIssue[]) {
  const bad = issues.some((i) => i.field === field || i.field.startsWith(`${field}.`));
  return bad ? { 'aria-invalid': true as const, 'aria-describedby': id } : {};
}
