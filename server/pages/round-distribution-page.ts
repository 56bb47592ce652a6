import type { InvitationCounts } from '../use-cases/invite-by-email';
import { MAX_TOKENS_PER_BATCH } from '../use-cases/issue-tokens';
import type { RoundDistribution, UnitDistribution } from '../use-cases/round-distribution';
import { percent } from './format';
import { html, type SafeHtml } from './html';
import { linkPolicySection } from './link-policy-section';
import { staffLayout } from './staff-layout';

const rateText = (rate: number | null) => (rate === null ? '–' : percent(rate));
const expectedText = (u: { expected: number | null; expectedFrom: string | null }) =>
  u.expected === null ? '–' : u.expectedFrom === 'links' ? `${u.expected} links` : String(u.expected);

/** "⚠ 23 answers from 21 people: more answers than people — …": a sign and words, not a colour alone. */
const flagText = (u: UnitDistribution) => (u.overPopulation ? `⚠ ${u.overPopulation.note.en}` : '');

const NO_INVITATIONS: InvitationCounts = { invited: 0, waiting: 0, remindersSent: 0 };

const unitOptions = (data: RoundDistribution) =>
  data.units.map(
    (u) =>
      html`<option value="${u.unitId}">${u.parentName ? `${u.parentName} · ` : ''}${u.unitName}</option>`,
  );

function invitationCountsText(counts: InvitationCounts): string {
  const waiting = counts.waiting > 0 ? `, ${counts.waiting} waiting to be sent` : '';
  return `${counts.invited} invited, ${counts.remindersSent} reminders sent${waiting}.`;
}

/**
 * Invitations by e-mail: Målbar makes one personal link per address and mails it; the worker
 * reminds those whose link is unused. Addresses are deleted once the round has closed.
 */
function invitationSection(data: RoundDistribution, counts: InvitationCounts): SafeHtml {
  const mayInvite = data.mayIssueTokens && data.round.state !== 'closed';
  if (!mayInvite && counts.invited + counts.waiting === 0) return html``;
  return html`<h2 id="invitations">Invite by e-mail</h2>
    <p class="meta" data-field="invitations">${invitationCountsText(counts)}</p>
    ${
      mayInvite
        ? html`<p>
              Each address gets its own personal link by e-mail, in the language chosen, and reminders while
              the link is unused. Mails go out when the round is open. The addresses are kept only to send the
              reminders and are deleted when the round closes; answers stay anonymous.
            </p>
            <form method="post" action="/dashboard/rounds/${data.round.id}/invitations" class="tokens">
              <label for="invite-unit">Unit</label>
              <select id="invite-unit" name="unitId" required>
                ${unitOptions(data)}
              </select>
              <label for="invite-lang">Language</label>
              <select id="invite-lang" name="lang">
                <option value="da">Dansk</option>
                <option value="nb">Norsk</option>
                <option value="en">English</option>
              </select>
              <label for="invite-emails"
                >E-mail addresses, one a line (at most ${MAX_TOKENS_PER_BATCH})</label
              >
              <textarea
                id="invite-emails"
                name="emails"
                rows="8"
                cols="40"
                required
                autocomplete="off"
                spellcheck="false"
              ></textarea>
              <button type="submit">Send invitations</button>
            </form>`
        : ''
    }`;
}

/**
 * Distribution of a round: each unit's response rate (live: web/response-rates.ts refreshes the
 * numbers) with a mark where it has more answers than people, its open link (not for a round
 * answered only through personal links, nor for readers), personal links (CSV) for units that
 * hand out one code per person, invitations by e-mail, and the switch to personal links only.
 */
export function renderRoundDistributionPage(
  data: RoundDistribution,
  user: { name: string },
  invitations: InvitationCounts = NO_INVITATIONS,
): string {
  const { round } = data;
  const links = data.openLinksWithheld === null;
  return staffLayout({
    title: `Distribution · ${round.title.en ?? ''}`,
    user,
    body: html`<p><a href="/dashboard/rounds">← Rounds</a></p>
      <h1>${round.title.en}</h1>
      <p class="meta">
        Open ${round.opensOn} to ${round.closesOn} (${round.state.replace(/-/g, ' ')}).
        ${
          data.mayIssueTokens && !round.personalLinksOnly
            ? html`<a href="/dashboard/rounds/${round.id}/sheet">Print QR codes</a>`
            : ''
        }
      </p>
      ${
        data.openLinksWithheld
          ? html`<p class="lead" data-withheld="${data.openLinksWithheld.reason}">
              ${data.openLinksWithheld.note.en}
            </p>`
          : ''
      }
      <h2>Response rate</h2>
      <p class="meta">
        Counts only: nobody can see who has answered. Expected is the unit's known size (rate = answers ÷
        size); without it, the personal links made (rate = links used ÷ links made). A unit with more answers
        than people is marked ⚠. Updated as answers come in.
      </p>
      <table class="distribution" data-round="${round.id}" data-live="/api/rounds/${round.id}/response-rates">
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col">Answers</th>
            <th scope="col">Expected</th>
            <th scope="col">Rate</th>
            <th scope="col">Personal links used</th>
            <th scope="col">Check</th>
            ${links ? html`<th scope="col">Open link</th>` : ''}
          </tr>
        </thead>
        <tbody>
          ${data.units.map(
            (u) =>
              html`<tr data-unit="${u.unitId}" data-over="${u.overPopulation ? 'true' : 'false'}">
                <th scope="row">
                  ${u.parentName ? html`<span class="meta">${u.parentName} ·</span> ` : ''}${u.unitName}
                </th>
                <td class="n" data-field="answers">${u.answers}</td>
                <td class="n" data-field="expected">${expectedText(u)}</td>
                <td class="n" data-field="rate">${rateText(u.rate)}</td>
                <td class="n" data-field="tokens">
                  ${u.tokensIssued > 0 ? `${u.tokensSpent} of ${u.tokensIssued}` : '–'}
                </td>
                <td class="flag" data-field="flag">${flagText(u)}</td>
                ${links && u.url ? html`<td><a href="${u.url}">${u.url.replace(/^https?:\/\//, '')}</a></td>` : ''}
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
            ${links ? html`<td></td>` : ''}
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
      ${invitationSection(data, invitations)} ${linkPolicySection(data)}
      <script src="/assets/web/response-rates.js" defer></script>`,
  });
}
