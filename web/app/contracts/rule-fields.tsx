import type { ComparisonOp } from '../../../core/indicators/indicator-definition';
import { draftPartOfField, type GoalRuleDraft, type RulePart } from '../../../core/goals/goal-rule-draft';
import { goalMessages } from '../../../core/messages/goal-messages';
import type { ValueUnit } from '../../../core/text/format-value';
import type { FieldIssue } from '../api/send-json';
import { useJson } from '../api/use-json';
import { useMessages } from '../i18n/use-messages';
import { FieldError, invalid } from './contract-field-error';

const OPS: [ComparisonOp, 'goals.op.gt' | 'goals.op.gte' | 'goals.op.lt' | 'goals.op.lte'][] = [
  ['>', 'goals.op.gt'],
  ['>=', 'goals.op.gte'],
  ['<', 'goals.op.lt'],
  ['<=', 'goals.op.lte'],
];

/**
 * When a goal is met, as up to three conditions that must all hold: a trend, a level (a share
 * typed in percent), a comparison with other municipalities' average. A refusal of a part is
 * shown beside that part's field.
 */
export function RuleFields({
  draft,
  unit,
  issues,
  onChange,
}: {
  draft: GoalRuleDraft;
  unit: ValueUnit;
  issues: FieldIssue[];
  onChange: (draft: GoalRuleDraft) => void;
}) {
  const g = useMessages(goalMessages);
  const ruleIssues = issues.filter((i) => i.field === 'rule' || i.field.startsWith('rule.'));
  const of = (part: RulePart | null) => ruleIssues.filter((i) => draftPartOfField(draft, i.field) === part);
  const set = <K extends RulePart>(part: K, change: Partial<GoalRuleDraft[K]>) =>
    onChange({ ...draft, [part]: { ...draft[part], ...change } });
  const groups = useJson<{ averages: { comparisonGroup: string }[] }>(
    draft.benchmark.on ? '/api/benchmarks' : null,
  );
  const known =
    groups.state === 'ready' ? [...new Set(groups.data.averages.map((a) => a.comparisonGroup))] : [];
  const whole = of(null);
  return (
    <fieldset class="rule-fields" {...invalid('goal-rule-error', ['rule'], whole, 'goal-rule-hint')}>
      <legend>{g('goals.rule')}</legend>
      <p class="hint" id="goal-rule-hint">
        {g('goals.ruleHint')}
      </p>
      <FieldError id="goal-rule-error" fields={['rule']} issues={whole} />
      <div class="rule-part">
        <label class="inline">
          <input
            type="checkbox"
            id="goal-trend-on"
            checked={draft.trend.on}
            onChange={(e) => set('trend', { on: e.currentTarget.checked })}
          />{' '}
          {g('goals.rule.trend')}
        </label>
        {draft.trend.on && (
          <div class="part-fields">
            <label for="goal-direction">{g('goals.field.direction')}</label>
            <select
              id="goal-direction"
              value={draft.trend.direction}
              onChange={(e) => set('trend', { direction: e.currentTarget.value as 'rising' | 'falling' })}
            >
              <option value="rising">{g('goals.direction.rising')}</option>
              <option value="falling">{g('goals.direction.falling')}</option>
            </select>
            <label class="inline">
              <input
                type="checkbox"
                id="goal-significant"
                checked={draft.trend.significant}
                onChange={(e) => set('trend', { significant: e.currentTarget.checked })}
              />{' '}
              {g('goals.field.significant')}
            </label>
          </div>
        )}
      </div>
      <div class="rule-part">
        <label class="inline">
          <input
            type="checkbox"
            id="goal-threshold-on"
            checked={draft.threshold.on}
            onChange={(e) => set('threshold', { on: e.currentTarget.checked })}
          />{' '}
          {g('goals.rule.threshold')}
        </label>
        {draft.threshold.on && (
          <div class="part-fields">
            <label for="goal-op">{g('goals.field.op')}</label>
            <select
              id="goal-op"
              value={draft.threshold.op}
              onChange={(e) => set('threshold', { op: e.currentTarget.value as ComparisonOp })}
            >
              {OPS.map(([op, key]) => (
                <option value={op} key={op}>
                  {g(key)}
                </option>
              ))}
            </select>
            <label for="goal-target">
              {unit === 'share' ? g('goals.field.targetShare') : g('goals.field.targetScore')}
            </label>
            <input
              id="goal-target"
              inputMode="decimal"
              value={draft.threshold.target}
              onInput={(e) => set('threshold', { target: e.currentTarget.value })}
              {...invalid('goal-target-error', ['rule'], of('threshold'))}
            />
            <FieldError id="goal-target-error" fields={['rule']} issues={of('threshold')} />
          </div>
        )}
      </div>
      <div class="rule-part">
        <label class="inline">
          <input
            type="checkbox"
            id="goal-benchmark-on"
            checked={draft.benchmark.on}
            onChange={(e) => set('benchmark', { on: e.currentTarget.checked })}
          />{' '}
          {g('goals.rule.benchmark')}
        </label>
        {draft.benchmark.on && (
          <div class="part-fields">
            <label for="goal-position">{g('goals.field.position')}</label>
            <select
              id="goal-position"
              value={draft.benchmark.position}
              onChange={(e) => set('benchmark', { position: e.currentTarget.value as 'below' | 'above' })}
            >
              <option value="below">{g('goals.position.below')}</option>
              <option value="above">{g('goals.position.above')}</option>
            </select>
            <label for="goal-group">{g('goals.field.group')}</label>
            <input
              id="goal-group"
              list="goal-groups"
              value={draft.benchmark.comparisonGroup}
              onInput={(e) => set('benchmark', { comparisonGroup: e.currentTarget.value })}
              {...invalid('goal-group-error', ['rule'], of('benchmark'), 'goal-group-hint')}
            />
            <datalist id="goal-groups">
              {known.map((group) => (
                <option value={group} key={group} />
              ))}
            </datalist>
            <span class="hint" id="goal-group-hint">
              {g('goals.groupHint')}
            </span>
            <FieldError id="goal-group-error" fields={['rule']} issues={of('benchmark')} />
          </div>
        )}
      </div>
    </fieldset>
  );
}
