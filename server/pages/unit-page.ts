import type { UnitIndicators, ValueView } from '../use-cases/unit-indicators';
import { formatComputedAt, formatValue } from './format';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

export function renderUnitPage(data: UnitIndicators, user: { name: string }): string {
  return staffLayout({
    title: data.unit.name,
    user,
    body: html`<p><a href="/dashboard">← All goals</a></p>
      <h1>${data.unit.name}</h1>
      ${data.rounds.length === 0 ? html`<p>No indicator values yet.</p>` : ''}
      ${data.rounds.map(
        (round) =>
          html`<section class="round">
            <h2>${round.title.en}</h2>
            <table class="indicators">
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col">Group</th>
                  <th scope="col">Value (95 % CI)</th>
                  <th scope="col">n</th>
                </tr>
              </thead>
              <tbody>
                ${round.indicators.map(
                  (ind) =>
                    html`<tr class="total" data-indicator="${ind.key}">
                        <th scope="row">${ind.label.en}</th>
                        <td>All</td>
                        ${valueCells(ind.total, ind.unit)}
                      </tr>
                      ${ind.breakdowns.flatMap((b) =>
                        b.cells.map(
                          (c) =>
                            html`<tr data-indicator="${ind.key}" data-breakdown="${b.key}:${c.value}">
                              <td><span class="sr-only">${ind.label.en}</span></td>
                              <td>${b.label.en}: ${c.label}</td>
                              ${valueCells(c.view, ind.unit)}
                            </tr>`,
                        ),
                      )}`,
                )}
              </tbody>
            </table>
            <p class="meta">Computed ${formatComputedAt(round.computedAt)}</p>
          </section>`,
      )}`,
  });
}

function valueCells(v: ValueView, unit: 'share' | 'score'): SafeHtml {
  if (!v.shown && v.reason === 'no-data')
    return html`<td class="value">No data</td>
      <td></td>`;
  if (!v.shown)
    return html`<td class="value hidden">Fewer than ${v.minGroupSize} answers</td>
      <td></td>`;
  return html`<td class="value">
      ${formatValue(v.value, unit)}
      <span class="ci">(${formatValue(v.ciLow, unit)}–${formatValue(v.ciHigh, unit)})</span>
    </td>
    <td class="n">${v.n}</td>`;
}
