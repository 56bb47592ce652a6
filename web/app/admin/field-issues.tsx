import type { FieldIssue } from '../api/send-json';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../i18n/locale';
import { adminRefusalMessages } from '../../../core/messages/admin-refusal-messages';
import { isMessageKey, translator } from '../../../core/messages/message-catalogue';

/** The server's sentences for a refused field (server/…, core/staff/…), each with its message. */
const PROBLEMS: Record<string, keyof typeof adminRefusalMessages> = {
  'already in use by another user': 'admin.problem.alreadyInUse',
  'not an e-mail address': 'admin.problem.notEmail',
  'write the name': 'admin.problem.writeName',
  'a leader is scoped to a unit below the municipality': 'admin.problem.leaderScope',
  "an administrator's scope is the whole municipality": 'admin.problem.adminScope',
  'you cannot take away your own administrator role': 'admin.problem.ownAdminRole',
  'you cannot deactivate yourself': 'admin.problem.deactivateSelf',
  'write the client (application) id': 'admin.problem.writeClientId',
  'write the client secret (it is required the first time)': 'admin.problem.writeClientSecret',
  'write the group id': 'admin.problem.writeGroupId',
  'choose a unit from the tree': 'admin.problem.chooseUnit',
  'a date such as 2026-05-01': 'admin.problem.dateFormat',
  'on or after the from date': 'admin.problem.notBeforeFrom',
  'confirm that the listed answers and comments may be deleted': 'admin.problem.confirmDeletion',
};

/**
 * The server names a refused field in English ("already in use by another user"); the screen says
 * it in the user's language: known issues word for word, others as "check this field".
 */
export function issueText(locale: Locale, issue: FieldIssue): string {
  const t = translator(adminRefusalMessages, locale);
  const known = Object.hasOwn(PROBLEMS, issue.issue) ? PROBLEMS[issue.issue] : undefined;
  if (known) return t(known);
  if (issue.issue.startsWith('too easy to guess')) return t('admin.weakPassword');
  const atLeast = /^at least (\d+) characters/.exec(issue.issue);
  if (atLeast) return t('admin.atLeast', { characters: Number(atLeast[1]) });
  if (locale === 'en') return issue.issue;
  const fieldKey = `admin.field.${issue.field}`;
  return t('admin.fieldProblem', {
    field: isMessageKey(adminRefusalMessages, fieldKey) ? t(fieldKey) : issue.field,
  });
}

/** The issue a refusal names for `field` (id `<form>-<field>-error`), next to the field. */
export function FieldError({ id, field, issues }: { id: string; field: string; issues: FieldIssue[] }) {
  const { locale } = useLocale();
  const mine = issues.filter((i) => i.field === field);
  if (mine.length === 0) return null;
  return (
    <span class="field-error" id={id}>
      {mine.map((i) => issueText(locale, i)).join('; ')}
    </span>
  );
}

/** aria-invalid and aria-describedby for a field the refusal names. */
export function invalidProps(id: string, field: string, issues: FieldIssue[], hintId?: string) {
  const bad = issues.some((i) => i.field === field);
  const describedBy = [hintId, bad ? id : undefined].filter(Boolean).join(' ');
  return {
    ...(bad ? { 'aria-invalid': true as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
}

/** Issues for fields the form does not show (e.g. '(body)'), listed under the summary. */
export function otherIssues(issues: FieldIssue[], shown: string[]): FieldIssue[] {
  return issues.filter((i) => !shown.includes(i.field));
}
