import { roundMessages } from '../../../core/messages/round-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import type { FieldIssue } from '../api/send-json';
import { FocusedNotice } from '../admin/focused-notice';
import type { Submit } from '../admin/use-submit';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';

type T = Translate<typeof roundMessages>;

/**
 * The server names a refused field in English ("already past (today is …)"); the screen says it in
 * the user's language: the issues these forms meet word for word, others as "check the field".
 */
export function roundIssueText(t: T, locale: Locale, issue: FieldIssue): string {
  const badLine = /^line (\d+): "(.*)" is not an e-mail address$/.exec(issue.issue);
  if (badLine) return t('rounds.invite.badLine', { line: badLine[1]!, text: badLine[2]! });
  if (issue.issue.startsWith('already past')) return t('rounds.field.pastDate');
  if (issue.issue === 'closes before it opens') return t('rounds.field.closesBeforeOpens');
  if (issue.issue === 'choose at least one unit') return t('rounds.field.chooseUnits');
  if (issue.issue === 'write the title in Danish') return t('rounds.field.titleDa');
  if (issue.issue === 'round is closed') return t('rounds.field.roundClosed');
  if (locale === 'en') return issue.issue;
  const field = t('rounds.field.name', { field: issue.field.split('.')[0]! });
  return t('rounds.field.problem', { field });
}

/** The issues a refusal names for `field` (or a field under it: unitIds.3), next to the field. */
export function RoundFieldError({ id, field, issues }: { id: string; field: string; issues: FieldIssue[] }) {
  const t = useMessages(roundMessages);
  const { locale } = useLocale();
  const mine = issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`));
  if (mine.length === 0) return null;
  return (
    <span class="field-error" id={id}>
      {mine.map((i) => roundIssueText(t, locale, i)).join(' ')}
    </span>
  );
}

/** aria-invalid and aria-describedby for a field a refusal names. */
export function invalidFieldProps(id: string, field: string, issues: FieldIssue[], hintId?: string) {
  const bad = issues.some((i) => i.field === field || i.field.startsWith(`${field}.`));
  const describedBy = [hintId, bad ? id : undefined].filter(Boolean).join(' ');
  return {
    ...(bad ? { 'aria-invalid': true as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
}

/**
 * Above a refused form (focused, so it is heard): "nothing was saved, correct the fields below",
 * with any issue about a field the form does not show; without named fields the server's reason.
 */
export function RoundRefusal({ submit, fields }: { submit: Submit; fields: string[] }) {
  const t = useMessages(roundMessages);
  const { locale } = useLocale();
  const failure = submit.failure;
  if (!failure) return null;
  const shown = (i: FieldIssue) => fields.some((f) => i.field === f || i.field.startsWith(`${f}.`));
  const others = failure.issues.filter((i) => !shown(i));
  return (
    <FocusedNotice role="alert" class="error" token={failure}>
      <p>
        {failure.issues.length
          ? t('rounds.refused', { count: failure.issues.length })
          : t('rounds.refusedAction', { reason: failure.message })}
      </p>
      {others.length > 0 && (
        <ul>
          {others.map((i) => (
            <li key={i.field + i.issue}>{roundIssueText(t, locale, i)}</li>
          ))}
        </ul>
      )}
    </FocusedNotice>
  );
}
