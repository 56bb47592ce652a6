import type { GoalReason } from '../../core/goals/judge-goal';
import type { RoundChange } from '../../core/indicators/compare-rounds';
import type { ShownValue } from '../use-cases/goal-cells';
import type { GoalCell, GoalOverview } from '../use-cases/goal-overview';
import { formatChangeWithIntervalIn } from '../../core/text/format-change';
import type { ValueUnit } from '../../core/text/format-value';
import { reasonTextIn } from '../../core/text/goal-reason-text';
import { formatValue, ruleText, STATUS_LABEL } from './format';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

export function renderDashboardPage(overview: GoalOverview, user: { name: string }): string {
  return staffLayout({
    title: 'Goals',
    user,
    body: html`<h1>${overview.municipality.name}: goal status</h1>
      <p class="lead">
        Each cell shows the share with its 95 % confidence interval and the number of answers (n). A goal is
        <em>uncertain</em> when the interval includes the target: the data cannot tell whether it is met.
        Groups with too few answers are hidden to protect anonymity.
      </p>
      ${overview.contracts.map((contract) => contractSection(contract, overview))}`,
  });
}

function contractSection(contract: GoalOverview['contracts'][number], overview: GoalOverview): SafeHtml {
  return html`<section class="contract">
    <h2>${contract.title} <small>${contract.periodStart} – ${contract.periodEnd}</small></h2>
    <div class="table-wrap">
      <table class="goals">
        <thead>
          <tr>
            <th scope="col">Unit</th>
            ${contract.goals.map(
              (g) =>
                html`<th scope="col">
                  <a href="/dashboard/goals/${g.id}">${g.title.en}</a><br /><small
                    >Target: ${ruleText(g.rule, g.unit)}${g.round ? html` · ${g.round.title.en}` : ''}</small
                  >
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${overview.rows.map(
            (row) =>
              html`<tr class="depth-${row.depth}">
                <th scope="row" style="padding-left: ${0.5 + row.depth * 1.25}rem">
                  <a href="/dashboard/units/${row.unitId}">${row.name}</a>
                </th>
                ${contract.goals.map((g) => cell(row.cells[g.id] ?? { status: 'out-of-scope' }, g.unit))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

function cell(c: GoalCell, unit: ValueUnit): SafeHtml {
  if (c.status === 'out-of-scope')
    return html`<td class="out-of-scope"><span class="sr-only">Not covered by this goal</span></td>`;
  if (c.status === 'no-data')
    return html`<td>
      <span class="status no-data">No data</span>
      ${c.measured ? measuredValue(c.measured, unit) : ''} ${reasonLines(c.reasons)}
    </td>`;
  if (c.status === 'hidden')
    return html`<td>
      <span class="status hidden"
        >Hidden: fewer than ${c.minGroupSize} answers here or in a group it would reveal</span
      >
    </td>`;
  return html`<td>
    <span class="status ${c.status}">${STATUS_LABEL[c.status]}</span>
    ${measuredValue(c, unit)} ${changeLine(c.change, unit)} ${reasonLines(c.reasons)}
  </td>`;
}

function measuredValue(c: ShownValue, unit: ValueUnit): SafeHtml {
  return html`<span class="value">${formatValue(c.value, unit)}</span>
    ${
      c.ciLow === null || c.ciHigh === null
        ? ''
        : html`<span class="ci">(${formatValue(c.ciLow, unit)}–${formatValue(c.ciHigh, unit)})</span>`
    }
    <span class="n">n ${c.n}</span>`;
}

function changeLine(change: RoundChange | null | undefined, unit: ValueUnit): SafeHtml | string {
  if (!change?.comparable) return '';
  return html`<span class="change">change ${formatChangeWithIntervalIn(change, unit, 'en')}</span>`;
}

function reasonLines(reasons: GoalReason[] | undefined): SafeHtml | string {
  return reasons?.length
    ? html`<span class="reason">${reasons.map((r) => reasonTextIn(r, 'en')).join(' ')}</span>`
    : '';
}
