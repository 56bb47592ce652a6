import type { RecomputeRun } from '../../db/repositories/recompute-runs';
import type { StaffUser } from '../../db/repositories/staff';
import { mayAct } from '../../core/org/scope';
import { mayCreateRounds } from '../../core/surveys/round-input';
import { roundState } from '../../core/surveys/round-state';
import type { RoundOverview } from '../use-cases/round-recompute';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

const active = (run: RecomputeRun | null) =>
  run !== null && (run.status === 'queued' || run.status === 'running');

/** Rounds with their responses and a full recompute with its progress (refreshing while one runs). */
export function renderRoundsPage(
  data: { rounds: RoundOverview[]; mayRecompute: boolean; today: string },
  user: Pick<StaffUser, 'name' | 'role'>,
): string {
  const refreshing = data.rounds.some((r) => active(r.lastRun));
  return staffLayout({
    title: 'Rounds',
    user,
    head: refreshing ? html`<meta http-equiv="refresh" content="2" />` : undefined,
    body: html`<p><a href="/dashboard">← All goals</a></p>
      <h1>Rounds</h1>
      ${mayCreateRounds(user) ? html`<p><a href="/dashboard/rounds/new">New round</a></p>` : ''}
      <table class="rounds">
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Open</th>
            <th scope="col">Responses</th>
            <th scope="col">Full recompute from the stored responses</th>
          </tr>
        </thead>
        <tbody>
          ${data.rounds.map(
            (r) =>
              html`<tr data-round="${r.id}">
                <th scope="row">
                  ${r.title.en}
                  <br /><a href="/dashboard/rounds/${r.id}/distribution">Response rate and links</a>
                  ${
                    r.personalLinksOnly
                      ? html` · <span class="meta">Only personal links</span>`
                      : mayAct(user)
                        ? html` · <a href="/dashboard/rounds/${r.id}/sheet">Print QR codes</a>`
                        : ''
                  }
                </th>
                <td>${r.opensOn} to ${r.closesOn}<br />${scheduleCell(r, data)}</td>
                <td class="n">${r.responses}</td>
                <td>
                  ${runCell(r.lastRun)}
                  ${
                    data.mayRecompute && !active(r.lastRun)
                      ? html`<form method="post" action="/dashboard/rounds/${r.id}/recompute" class="inline">
                          <button type="submit">Recompute</button>
                        </form>`
                      : ''
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`,
  });
}

function runCell(run: RecomputeRun | null): SafeHtml | string {
  if (run === null) return '';
  if (run.status === 'queued') return html`<span class="meta">Queued …</span>`;
  if (run.status === 'running') {
    const total = run.total ?? 0;
    const percent = total === 0 ? 0 : Math.floor((run.processed / total) * 100);
    return html`<label class="progress"
      >Reading responses: ${run.processed} of ${total}
      <progress max="${total}" value="${run.processed}">${percent} %</progress></label
    >`;
  }
  if (run.status === 'failed')
    return html`<span class="status not-met">Failed: ${run.error ?? 'unknown error'}</span>`;
  return html`<span class="meta"
    >Last recomputed ${run.finishedAt?.toISOString().slice(0, 16).replace('T', ' ')} UTC (${run.total ?? 0}
    responses)</span
  >`;
}

const STATE_TEXT = { 'not-yet-open': 'Scheduled', open: 'Open', closed: 'Closed' } as const;

/** Where the round stands today, and (for quality staff) opening a scheduled one or closing an open one now. */
function scheduleCell(round: RoundOverview, data: { mayRecompute: boolean; today: string }): SafeHtml {
  const state = roundState(round, data.today);
  const action = state === 'not-yet-open' ? 'open' : state === 'open' ? 'close' : null;
  return html`<span class="status ${state === 'open' ? 'met' : 'no-data'}">${STATE_TEXT[state]}</span> ${
      data.mayRecompute && action
        ? html`<form method="post" action="/dashboard/rounds/${round.id}/${action}" class="inline">
            <button type="submit">${action === 'open' ? 'Open now' : 'Close now'}</button>
          </form>`
        : ''
    }`;
}
