import { MAX_TOKENS_PER_BATCH, type RoundDistribution } from '../use-cases/round-distribution';
import { percent } from './format';
import { html } from './html';
import { staffLayout } from './staff-layout';

const rateText = (rate: number | null) => (rate === null ? '–' : percent(rate));

/**
 * Distribution of a round: each unit's open link, its response rate (live: web/response-rates.ts
 * refreshes the numbers), and personal links (CSV) for units that hand out one code per person.
 */
export function renderRoundDistributionPage(data: RoundDistribution, user: { name: string }): string {
  const { round } = data;
  return staffLayout({
    title: `Distribution · ${round.title.en ?? ''}`,
    user,
    body: html`<p><a href="/dashboard/rounds">← Rounds</a></p>
      <h1>${round.title.en}</h1>
      <p class="meta">
        Open ${round.opensOn} to ${round.closesOn} (${round.state.replace(/-/g, ' ')}).
        ${data.mayIssueTokens ? html`<a href="/dashboard/rounds/${round.id}/sheet">Print QR codes</a>` : ''}
      </p>
      <h2>Response rate</h2>
      <p class="meta">
        Counts only: nobody can see who has answered. Expected = personal links made, or the unit's known
        size. Updated every 15 seconds.
      </p>
      <table class="distribution" data-round="${round.id}" data-live="/api/rounds/${round.id}/response-rates">
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col">Answers</th>
            <th scope="col">Expected</th>
            <th scope="col">Rate</th>
            <th scope="col">Personal links used</th>
            <th scope="col">Open link</th>
          </tr>
        </thead>
        <tbody>
          ${data.units.map(
            (u) =>
              html`<tr data-unit="${u.unitId}">
                <th scope="row">
                  ${u.parentName ? html`<span class="meta">${u.parentName} ·</span> ` : ''}${u.unitName}
                </th>
                <td class="n" data-field="answers">${u.answers}</td>
                <td class="n" data-field="expected">${u.expected ?? '–'}</td>
                <td class="n" data-field="rate">${rateText(u.rate)}</td>
                <td class="n" data-field="tokens">
                  ${u.tokensIssued > 0 ? `${u.tokensSpent} of ${u.tokensIssued}` : '–'}
                </td>
                <td><a href="${u.url}">${u.url.replace(/^https?:\/\//, '')}</a></td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr data-unit="total">
            <th scope="row">All units shown</th>
            <td class="n" data-field="answers">${data.total.answers}</td>
            <td class="n" data-field="expected">${data.total.expected ?? '–'}</td>
            <td class="n" data-field="rate">${rateText(data.total.rate)}</td>
            <td></td>
            <td></td>
          </tr>
        </tfoot>
      </table>
      ${
        data.mayIssueTokens && round.state !== 'closed'
          ? html`<h2>Personal links</h2>
              <p>
                One single-use code per person, for mail merge or SMS. Each code works once; the list is shown
                only now (Målbar keeps no copy of the codes), and answers given with a code are as anonymous
                as answers through the open link.
              </p>
              <form method="post" action="/dashboard/rounds/${round.id}/tokens" class="tokens">
                <label for="token-unit">Unit</label>
                <select id="token-unit" name="unitId" required>
                  ${data.units.map(
                    (u) =>
                      html`<option value="${u.unitId}">
                        ${u.parentName ? `${u.parentName} · ` : ''}${u.unitName}
                      </option>`,
                  )}
                </select>
                <label for="token-count">How many</label>
                <input
                  id="token-count"
                  name="count"
                  type="number"
                  min="1"
                  max="${MAX_TOKENS_PER_BATCH}"
                  value="25"
                  required
                />
                <button type="submit">Download personal links (CSV)</button>
              </form>`
          : ''
      }
      <script src="/assets/web/response-rates.js" defer></script>`,
  });
}
