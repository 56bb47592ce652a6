import type { Goal } from '../../db/repositories/goals';
import type { ContractView } from '../use-cases/contract-view';
import { ruleTextIn } from '../../core/text/goal-rule-text';
import { goalChangeForm, goalRuleFields } from './goal-rule-fields';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

/** One contract: service areas with their aims and goals, the yearly reports, and forms to extend it. */
export function renderContractPage(view: ContractView, user: { name: string }, publicUrl: string): string {
  const { contract } = view;
  return staffLayout({
    title: contract.title,
    user,
    body: html`<p><a href="/dashboard/contracts">← Quality contracts</a></p>
      <h1>${contract.title}</h1>
      <p class="meta">${contract.periodStart} – ${contract.periodEnd}</p>
      ${publication(view, publicUrl)}
      <h2>Follow-up reports</h2>
      <ul class="reports">
        ${view.reports.map(
          (r) =>
            html`<li>
              <a href="/dashboard/contracts/${contract.id}/reports/${r.year}">Follow-up report ${r.year}</a>
              <span class="meta"
                >${{ adopted: `adopted ${r.adoptedAt?.slice(0, 10)}`, draft: 'draft', 'not-started': 'not started' }[r.status]}</span
              >
            </li>`,
        )}
      </ul>
      ${view.areas.map((area) => areaSection(area, view))}
      ${view.mayEdit ? html`${areaForm(contract.id)} ${view.areas.length ? goalForm(view) : ''}` : ''}`,
  });
}

function publication(view: ContractView, publicUrl: string): SafeHtml {
  const published = view.contract.publishedAt !== null;
  return html`<p>
      ${
        published
          ? html`Published on the public page: <a href="${publicUrl}">${publicUrl}</a>`
          : 'Not published: citizens cannot see this contract yet.'
      }
    </p>
    ${
      view.mayEdit
        ? html`<form method="post" action="/dashboard/contracts/${view.contract.id}/publish">
            <input type="hidden" name="published" value="${published ? 'false' : 'true'}" />
            <button type="submit">
              ${published ? 'Withdraw from the public page' : 'Publish on the public page'}
            </button>
          </form>`
        : ''
    }`;
}

function areaSection(area: ContractView['areas'][number], view: ContractView): SafeHtml {
  return html`<section class="area">
    <h2>${area.name}</h2>
    ${area.aim ? html`<p class="aim"><strong>Overall aim:</strong> ${area.aim}</p>` : ''}
    ${
      area.goals.length === 0
        ? html`<p>No goals yet.</p>`
        : html`<ul class="goal-list">
            ${area.goals.map((g) => goalItem(g, view))}
          </ul>`
    }
  </section>`;
}

const PERIOD_TEXT: Record<NonNullable<Goal['measurePeriod']>, string> = {
  year: 'calendar year',
  quarter: 'quarter',
  rolling12: '12 months',
};

function goalItem(goal: Goal & { unit: 'share' | 'score' | 'index' }, view: ContractView): SafeHtml {
  const scope = view.units.find((u) => u.id === goal.scopeUnitId)?.name ?? '';
  const filter = goal.breakdownFilter
    ? ` · ${goal.breakdownFilter.breakdownKey} ${goal.breakdownFilter.values.join(', ')}`
    : '';
  const each = goal.eachUnitKind ? ` · every ${goal.eachUnitKind} below` : '';
  const period = goal.measurePeriod ? ` · sick leave per ${PERIOD_TEXT[goal.measurePeriod]}` : '';
  return html`<li>
    <a href="/dashboard/goals/${goal.id}">${goal.title.da}</a>
    <span class="meta"
      >${ruleTextIn(goal.rule, goal.unit, 'en')} · ${scope}${filter}${each}${period} · deadline
      ${goal.deadline}</span
    >
    ${view.mayEdit ? goalChangeForm(goal) : ''}
  </li>`;
}

function areaForm(contractId: string): SafeHtml {
  return html`<form method="post" action="/dashboard/contracts/${contractId}/areas" class="stacked">
    <h2>Add a service area</h2>
    <label for="area-name">Service area</label>
    <input id="area-name" name="name" required maxlength="120" placeholder="Skole" />
    <label for="area-aim">Overall aim, in words</label>
    <textarea id="area-aim" name="aim" rows="3"></textarea>
    <button type="submit">Add service area</button>
  </form>`;
}

function goalForm(view: ContractView): SafeHtml {
  return html`<form
    method="post"
    action="/dashboard/contracts/${view.contract.id}/goals"
    class="stacked goal-form"
  >
    <h2>Add a goal</h2>
    <label for="goal-area">Service area</label>
    <select id="goal-area" name="serviceArea" required>
      ${view.areas.map((a) => html`<option value="${a.key}">${a.name}</option>`)}
    </select>
    <label for="goal-title">The goal as a sentence (in the municipality's language)</label>
    <input id="goal-title" name="title" required maxlength="300" />
    <label for="goal-indicator">Measured by</label>
    <select id="goal-indicator" name="indicator" required>
      ${view.catalogue.map(
        (instrument) =>
          html`<optgroup label="${instrument.instrumentTitle.en}">
            ${instrument.indicators.map(
              (i) =>
                html`<option value="${instrument.instrumentKey}/${i.key}">${i.label.en} (${i.unit})</option>`,
            )}
          </optgroup>`,
      )}
    </select>
    <label for="goal-scope">For unit</label>
    <select id="goal-scope" name="scopeUnitId" required>
      ${view.units.map((u) => html`<option value="${u.id}">${'· '.repeat(u.depth)}${u.name}</option>`)}
    </select>
    <label for="goal-each">Judge it for</label>
    <select id="goal-each" name="eachUnitKind">
      <option value="">the unit as a whole</option>
      <option value="area">every area below it</option>
      <option value="institution">every institution below it (each school, daycare, care unit)</option>
      <option value="group">every class or group below it</option>
    </select>
    <label for="goal-grades">Only these grades (comma-separated, empty for all)</label>
    <input id="goal-grades" name="grades" inputmode="numeric" placeholder="1, 6, 9" />
    <label for="goal-period">Sick leave is measured per</label>
    <select id="goal-period" name="measurePeriod" aria-describedby="goal-period-help">
      <option value="year">calendar year (this year so far)</option>
      <option value="quarter">quarter</option>
      <option value="rolling12">12 months up to each year's end and the latest month</option>
    </select>
    <p class="hint" id="goal-period-help">
      Only for sick leave, which comes from payroll rather than a survey round; each period is compared with
      the same months a year earlier. A share's target is typed in percent (sick leave below 6 % is "&lt; 6").
    </p>
    ${goalRuleFields('goal')}
    <label for="goal-deadline">Deadline</label>
    <input id="goal-deadline" name="deadline" type="date" required value="${view.contract.periodEnd}" />
    <label class="inline"
      ><input type="checkbox" name="actionsDecidedLocally" value="true" /> the units decide their own actions
      locally</label
    >
    <button type="submit">Add goal</button>
  </form>`;
}
