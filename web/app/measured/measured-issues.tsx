import { measuredMessages } from '../../../core/messages/measured-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import type { FieldIssue } from '../api/send-json';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';

/**
 * The server names a refused field in English ("a count has no denominator"); English readers get
 * its sentence, the others "check the field" beside the very field, which says where; a problem
 * with a code gets its own words.
 */
export function useMeasuredIssue(): (issue: FieldIssue) => string {
  const { locale } = useLocale();
  const t = useMessages(measuredMessages);
  return (issue) =>
    issue.code === 'fixed_by_values'
      ? t('measured.refused.hasFigures')
      : locale === 'en'
        ? issue.issue
        : t('measured.form.checkField');
}

/** The issues a refusal names for `field` (or its parts), beside the field; `id` for aria-describedby. */
export function FieldIssueText({ id, field, issues }: { id: string; field: string; issues: FieldIssue[] }) {
  const say = useMeasuredIssue();
  const mine = issuesAt(field, issues);
  if (mine.length === 0) return null;
  return (
    <span class="field-error" id={id}>
      {[...new Set(mine.map(say))].join('; ')}
    </span>
  );
}

export const issuesAt = (field: string, issues: FieldIssue[]) =>
  issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`));

/** aria-invalid and aria-describedby for a field a refusal names. */
export function invalidAt(id: string, field: string, issues: FieldIssue[]) {
  return issuesAt(field, issues).length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': id } : {};
}

/** What a refusal without named fields means: the key is taken, or the user may not. */
export function refusalReason(
  t: Translate<typeof measuredMessages>,
  status: number | undefined,
): string | null {
  if (status === 409) return t('measured.refused.conflict');
  if (status === 403) return t('measured.refused.forbidden');
  return null;
}
