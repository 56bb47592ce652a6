import type { GoalRule } from '../../core/goals/goal-rule';
import type { Goal } from '../../db/repositories/goals';
import { html, type SafeHtml } from './html';

const CHOICES = [
  ['>', 'above'],
  ['>=', 'at least'],
  ['<', 'below'],
  ['<=', 'at most'],
  ['rising', 'rising from measurement to measurement'],
  ['falling', 'falling from measurement to measurement'],
  ['falling-below', 'falling, and below the target'],
  ['rising-above', 'rising, and above the target'],
] as const;

const KEEP = 'keep';

/** The rule as the form shows it: the chosen option, and a share's target in percent. */
function current(rule: GoalRule | undefined, unit: string) {
  const targetText = (target: number) => String(unit === 'share' ? +(target * 100).toFixed(2) : target);
  if (rule?.type === 'threshold') return { choice: rule.op, target: targetText(rule.target) };
  if (rule?.type === 'trend') return { choice: rule.direction, target: '', significant: rule.significant };
  const [trend, threshold] = rule?.type === 'all' && rule.rules.length === 2 ? rule.rules : [];
  if (trend?.type === 'trend' && threshold?.type === 'threshold') {
    const combined = `${trend.direction}-${threshold.op.startsWith('<') ? 'below' : 'above'}`;
    if (combined === 'falling-below' || combined === 'rising-above')
      return { choice: combined, target: targetText(threshold.target), significant: trend.significant };
  }
  // A benchmark or other combination is set through the API; the form keeps it as it is.
  if (rule) return { choice: KEEP, target: '' };
  return { choice: '>', target: '' };
}

/** A goal's rule as form fields (threshold or trend; combined and benchmark rules are set through the API). */
export function goalRuleFields(id: string, rule?: GoalRule, unit = 'share'): SafeHtml {
  const now = current(rule, unit);
  return html`<fieldset>
    <legend>Rule</legend>
    <label for="${id}-rule">The value must be</label>
    <select id="${id}-rule" name="rule">
      ${now.choice === KEEP ? html`<option value="${KEEP}" selected>as it is (${rule!.type} rule, set through the API)</option>` : ''}
      ${CHOICES.map(([value, label]) =>
        value === now.choice
          ? html`<option value="${value}" selected>${label}</option>`
          : html`<option value="${value}">${label}</option>`,
      )}
    </select>
    <label for="${id}-target">Target (percent for shares, e.g. 90; a score on its scale)</label>
    <input id="${id}-target" name="target" inputmode="decimal" value="${now.target}" />
    <label class="inline"
      ><input
        type="checkbox"
        name="significant"
        value="true"
        ${'significant' in now && now.significant ? html`checked` : ''}
      />
      a rise or fall must be a clear (statistically significant) change</label
    >
  </fieldset>`;
}

/** Changing a goal in place: its sentence, rule, deadline and whether units decide their actions. */
export function goalChangeForm(goal: Goal & { unit: string }): SafeHtml {
  const id = `change-${goal.id.slice(0, 8)}`;
  return html`<details class="change-goal">
    <summary>Change this goal</summary>
    <form method="post" action="/dashboard/goals/${goal.id}/change" class="stacked">
      <input type="hidden" name="contractId" value="${goal.contractId}" />
      <input type="hidden" name="unit" value="${goal.unit}" />
      <label for="${id}-title">The goal as a sentence</label>
      <input id="${id}-title" name="title" required maxlength="300" value="${goal.title.da}" />
      ${goalRuleFields(id, goal.rule, goal.unit)}
      <label for="${id}-deadline">Deadline</label>
      <input id="${id}-deadline" name="deadline" type="date" required value="${goal.deadline}" />
      <label class="inline"
        ><input
          type="checkbox"
          name="actionsDecidedLocally"
          value="true"
          ${goal.actionsDecidedLocally ? html`checked` : ''}
        />
        the units decide their own actions locally</label
      >
      <button type="submit">Save the goal</button>
    </form>
  </details>`;
}
