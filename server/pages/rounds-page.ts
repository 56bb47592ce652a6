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
  data: {
    rounds: RoundOverview[];
    mayRecompute: boolean;
    mayRelease: boolean;
    today: string;
    /** A round whose interim release was just asked for: the page looks again in a moment. */
    publishing?: string;
  },
  user: Pick<StaffUser, 'name' | 'role'>,
): string {
  const refreshing = data.rounds.some((r) => active(r.lastRun));
  const publishing = data.rounds.find((r) => r.id === data.publishing);
  return staffLayout({
    title: 'Rounds',
    user,
    head: refreshing
      ? html`<meta http-equiv="refresh" content="2" />`
      : publishing
        ? html`<meta http-equiv="refresh" content="2; url=/dashboard/rounds" />`
        : undefined,
    body: html`<p><a href="/dashboard">← All goals</a></p>
      <h1>Rounds</h1>
      ${
        publishing
          ? html`<p class="notice" role="status">Publishing the results of ${publishing.title.en} …</p>`
          : ''
      }
      ${mayCreateRounds(user) ? html`<p><a href="/dashboard/rounds/new">New round</a></p>` : ''}
      <table class="rounds">
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Open</th>
            <th scope="col">Responses</th>
            <th scope="col">Published results</th>
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
                <td>${releasesCell(r, data)}</td>
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

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The round's releases (what staff and citizens read is the latest) and, for quality staff while
 * the round is open, publishing interim results now.
 */
function releasesCell(round: RoundOverview, data: { mayRelease: boolean; today: string }): SafeHtml {
  const open = roundState(round, data.today) === 'open';
  const list = round.releases.length
    ? html`<ul class="releases">
        ${round.releases.map(
          (r) =>
            html`<li>
              ${r.kind === 'final' ? 'Final' : 'Interim'} release ${r.seq},
              ${when(r.releasedAt)}${
                r.hiddenCells > 0
                  ? html` · ${r.hiddenCells} ${r.hiddenCells === 1 ? 'cell' : 'cells'} held back to protect
                    small groups (${r.hiddenRespondents} answers)`
                  : ''
              }
            </li>`,
        )}
      </ul>`
    : html`<p class="meta">
        None yet. Results are published when the round closes on ${round.closesOn} or when quality staff
        publish interim results.
      </p>`;
  if (!data.mayRelease || !open || round.responses === 0) return list;
  return html`${list}
    <form method="post" action="/dashboard/rounds/${round.id}/releases" class="inline">
      <button type="submit">Publish interim results now</button>
    </form>
    <p class="meta">
      Values where fewer than 5 new answers arrived since the last release keep their earlier numbers; answer
      counts are always live.
    </p>`;
}
