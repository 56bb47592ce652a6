import type { FieldIssue } from '../api/send-json';
import { FocusedNotice } from '../admin/focused-notice';
import type { Submit } from '../admin/use-submit';
import type { Translate } from '../../../core/messages/message-catalogue';
import { contractMessages } from '../../../core/messages/contract-messages';
import { goalMessages } from '../../../core/messages/goal-messages';
import { useMessages } from '../i18n/use-messages';

type Words = Translate<typeof contractMessages>;
type GoalWords = Translate<typeof goalMessages>;

/**
 * The server names a refused field in English ("say what will be done"); the screen says it in the
 * user's language: the known issues word for word, any other as "correct this field".
 */
function issueText(t: Words, g: GoalWords, issue: FieldIssue): string {
  const known: Record<string, () => string> = {
    'give the contract a title': () => t('contracts.issue.noTitle'),
    'ends before it starts': () => t('contracts.issue.endsBeforeStart'),
    'name the service area': () => t('contracts.issue.noAreaName'),
    'write the goal as a sentence': () => g('goals.issue.noTitle'),
    'choose a service area': () => g('goals.issue.noArea'),
    'choose the unit the goal is for': () => g('goals.issue.noUnit'),
    'no such unit in this municipality': () => g('goals.issue.noUnit'),
    'a share target lies between 0 and 1 (0.9 is 90 %)': () => g('goals.issue.shareTarget'),
    'sick leave has no breakdowns: leave it out': () => g('goals.issue.noBreakdown'),
    'say what will be done': () => g('goals.issue.what'),
    'say who is responsible': () => g('goals.issue.responsible'),
    'not a unit the goal covers': () => g('goals.issue.unit'),
  };
  const exact = known[issue.issue];
  if (exact) return exact();
  if (issue.issue.startsWith('before the contract starts')) return g('goals.issue.beforeStart');
  if (/\.target$|^rule\.rules\.\d+\.target$/.test(issue.field)) return g('goals.issue.target');
  if (/comparisonGroup$/.test(issue.field)) return g('goals.issue.noGroup');
  if (issue.field === 'rule') return g('goals.issue.noRule');
  if (/date|deadline|period|dueOn/i.test(issue.field)) return t('contracts.issue.date');
  if (/too big|at most/i.test(issue.issue)) return t('contracts.issue.tooLong');
  return t('contracts.checkField');
}

/** Whether an issue is about one of `fields` ("title" covers "title.da"). */
export const isAbout = (issue: FieldIssue, fields: string[]) =>
  fields.some((f) => issue.field === f || issue.field.startsWith(`${f}.`));

/** The issues a refusal names for `fields`, next to the field (id `<id>`). */
export function FieldError({ id, fields, issues }: { id: string; fields: string[]; issues: FieldIssue[] }) {
  const t = useMessages(contractMessages);
  const g = useMessages(goalMessages);
  const mine = issues.filter((i) => isAbout(i, fields));
  if (mine.length === 0) return null;
  const texts = [...new Set(mine.map((i) => issueText(t, g, i)))];
  return (
    <span class="field-error" id={id}>
      {texts.join('; ')}
    </span>
  );
}

/** aria-invalid and aria-describedby for a field a refusal names. */
export function invalid(id: string, fields: string[], issues: FieldIssue[], hintId?: string) {
  const bad = issues.some((i) => isAbout(i, fields));
  const describedBy = [hintId, bad ? id : undefined].filter(Boolean).join(' ');
  return {
    ...(bad ? { 'aria-invalid': true as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
}

/** Above a refused form: how many fields to correct, or the server's reason (403, 404). */
export function Refusal({ submit, shown }: { submit: Submit; shown: string[] }) {
  const t = useMessages(contractMessages);
  const g = useMessages(goalMessages);
  const failure = submit.failure;
  if (!failure) return null;
  const others = failure.issues.filter((i) => !isAbout(i, shown));
  const fields = new Set(failure.issues.map((i) => i.field)).size;
  return (
    <FocusedNotice role="alert" class="error" token={failure}>
      <p>
        {failure.issues.length
          ? t('contracts.refused', { count: fields })
          : t('contracts.failed', { reason: failure.message })}
      </p>
      {others.length > 0 && (
        <ul>
          {others.map((i) => (
            <li key={i.field}>{issueText(t, g, i)}</li>
          ))}
        </ul>
      )}
    </FocusedNotice>
  );
}
