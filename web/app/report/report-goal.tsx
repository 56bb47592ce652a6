import { reportDocumentMessages } from '../../../core/messages/report-document-messages';
import type { ReportGoal } from '../api/api-types';
import type { FieldIssue } from '../api/send-json';
import { IssueBeside, invalidFor } from '../components/refusal-alert';
import { StatusBadge } from '../components/status-badge';
import { formatDateIn, localized, ruleTextIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { reportMessages } from '../../../core/messages/report-messages';
import { GoalResult } from '../overview/goal-result';
import { scopeText } from '../overview/goal-card';
import { Sparkline } from '../overview/sparkline';
import { UnitTallyLine } from '../overview/unit-tally';
import { ActionsTable } from './actions-table';
import { WrittenText } from './written-text';

/** While a draft is edited: the goal's process evaluation as typed, and where a change goes. */
export interface TextEditing {
  value: string;
  onInput: (text: string) => void;
  issues: FieldIssue[];
  say: (issue: FieldIssue) => string;
}

/** One goal as the report has it: result, target, scope, deadline, process evaluation, actions. */
export function ReportGoalSection({ goal, editing }: { goal: ReportGoal; editing?: TextEditing }) {
  const { locale } = useLocale();
  const w = useMessages(reportDocumentMessages);
  const t = useMessages(reportMessages);
  const title = localized(goal.title, locale);
  const field = `processEvaluations.${goal.id}`;
  const textId = `process-${goal.id}`;
  return (
    <section class="report-goal" aria-labelledby={`report-goal-${goal.id}`} data-goal={goal.id}>
      <header>
        <StatusBadge status={goal.result?.status ?? 'no-data'} />
        <h3 id={`report-goal-${goal.id}`}>{title}</h3>
      </header>
      <GoalResult
        point={goal.result}
        unit={goal.unit}
        measuredOn={goal.measuredOn}
        awaiting={goal.awaitingRelease}
        outsideReadScope={goal.outsideReadScope}
      />
      {goal.trend.length > 1 && <Sparkline points={goal.trend} unit={goal.unit} rule={goal.rule} />}
      {goal.units && <UnitTallyLine tally={goal.units} />}
      <dl class="facts">
        <dt>{w('reportDocument.target')}</dt>
        <dd>{ruleTextIn(goal.rule, goal.unit, locale)}</dd>
        <dt>{w('reportDocument.scope')}</dt>
        <dd>{scopeText(goal, locale)}</dd>
        <dt>{w('reportDocument.deadline')}</dt>
        <dd>{formatDateIn(goal.deadline, locale)}</dd>
      </dl>
      <h4>{w('reportDocument.processEvaluation')}</h4>
      {editing && !goal.outsideReadScope ? (
        <>
          <textarea
            id={textId}
            rows={5}
            aria-label={t('report.processFor', { goal: title })}
            value={editing.value}
            onInput={(e) => editing.onInput(e.currentTarget.value)}
            {...invalidFor(`${textId}-error`, field, editing.issues)}
          />
          <IssueBeside id={`${textId}-error`} field={field} issues={editing.issues} say={editing.say} />
        </>
      ) : (
        <WrittenText text={goal.processEvaluation} />
      )}
      <h4>{w('reportDocument.actions')}</h4>
      <ActionsTable goal={goal} />
    </section>
  );
}
