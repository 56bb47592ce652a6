import type { FieldIssue } from '../api/send-json';
import type { AdminWords } from '../i18n/words-admin';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../i18n/locale';

/**
 * The server names a refused field in English ("already in use by another user"); the screen says
 * it in the user's language: known issues word for word, others as "check this field".
 */
export function issueText(words: AdminWords, locale: Locale, issue: FieldIssue): string {
  const known = words.problems[issue.issue];
  if (known) return known;
  if (issue.issue.startsWith('too easy to guess')) return words.weakPassword;
  const atLeast = /^at least (\d+) characters/.exec(issue.issue);
  if (atLeast) return words.atLeast(Number(atLeast[1]));
  if (locale === 'en') return issue.issue;
  return words.fieldProblem(words.fieldNames[issue.field] ?? issue.field);
}

/** The issue a refusal names for `field` (id `<form>-<field>-error`), next to the field. */
export function FieldError({ id, field, issues }: { id: string; field: string; issues: FieldIssue[] }) {
  const { words, locale } = useLocale();
  const mine = issues.filter((i) => i.field === field);
  if (mine.length === 0) return null;
  return (
    <span class="field-error" id={id}>
      {mine.map((i) => issueText(words.admin, locale, i)).join('; ')}
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
