import type { RoundComments } from '../use-cases/unit-comments';
import type { ChangeView, UnitIndicators, ValueView } from '../use-cases/unit-indicators';
import { formatComputedAt, formatValue } from './format';
import { html, type SafeHtml } from './html';
import { formatChangeIn } from '../../core/text/format-change';
import { formatDateIn } from '../../core/text/format-date';
import type { ValueUnit } from '../../core/text/format-value';
import { reportDocumentMessages } from '../../core/messages/report-document-messages';
import { formatMessage } from '../../core/messages/message-catalogue';
import { staffLayout } from './staff-layout';

export function renderUnitPage(
  data: UnitIndicators,
  user: { name: string },
  comments: RoundComments[] = [],
): string {
  return staffLayout({
    title: data.unit.name,
    user,
    body: html`<p><a href="/dashboard">← All goals</a></p>
      <h1>${data.unit.name}</h1>
      ${data.rounds.length === 0 ? html`<p>No indicator values yet.</p>` : ''}
      ${data.rounds.map((round) =>
        round.awaitingRelease
          ? html`<section class="round">
              <h2>${round.title.en}</h2>
              <p class="awaiting">
                ${formatMessage('en', reportDocumentMessages['reportDocument.awaitingRelease'], { date: formatDateIn(round.closesOn, 'en') })}
              </p>
              ${commentsSection(comments.find((c) => c.roundId === round.id))}
            </section>`
          : html`<section class="round">
              <h2>${round.title.en}</h2>
              <table class="indicators">
                <thead>
                  <tr>
                    <th scope="col">Indicator</th>
                    <th scope="col">Group</th>
                    <th scope="col">Value (95 % CI)</th>
                    <th scope="col">n</th>
                    <th scope="col">Change since last round (95 % CI)</th>
                  </tr>
                </thead>
                <tbody>
                  ${round.indicators.map(
                    (ind) =>
                      html`<tr class="total" data-indicator="${ind.key}">
                          <th scope="row">${ind.label.en}</th>
                          <td>All</td>
                          ${valueCells(ind.total, ind.unit)}
                          <td class="change">${changeCell(ind.change, ind.unit)}</td>
                        </tr>
                        ${ind.breakdowns.flatMap((b) =>
                          b.cells.map(
                            (c) =>
                              html`<tr data-indicator="${ind.key}" data-breakdown="${b.key}:${c.value}">
                                <td><span class="sr-only">${ind.label.en}</span></td>
                                <td>${b.label.en}: ${c.label}</td>
                                ${valueCells(c.view, ind.unit)}
                                <td></td>
                              </tr>`,
                          ),
                        )}`,
                  )}
                </tbody>
              </table>
              <p class="meta">Published ${formatComputedAt(round.computedAt)}</p>
              ${commentsSection(comments.find((c) => c.roundId === round.id))}
            </section>`,
      )}`,
  });
}

function valueCells(v: ValueView, unit: 'share' | 'score' | 'index'): SafeHtml {
  if (!v.shown && v.reason === 'no-data')
    return html`<td class="value">No data</td>
      <td></td>`;
  if (!v.shown)
    // One text for a small group and for a cell hidden to protect one: which is which would leak.
    return html`<td class="value hidden">
        Hidden: fewer than ${v.minGroupSize} answers here or in a group it would reveal
      </td>
      <td></td>`;
  return html`<td class="value">
      ${formatValue(v.value, unit)}
      <span class="ci">(${formatValue(v.ciLow, unit)}–${formatValue(v.ciHigh, unit)})</span>
      ${v.asOf ? html`<span class="as-of">as of ${formatDateIn(v.asOf, 'en')}</span>` : ''}
    </td>
    <td class="n">${v.n}</td>`;
}

const VERDICT_TEXT = {
  improved: 'improved',
  worsened: 'worsened',
  'no-detectable-change': 'no detectable change',
  changed: 'changed',
} as const;

/** The change in points (shares) or scale units (scores), what it means, and why when there is none. */
function changeCell(change: ChangeView, unit: 'share' | 'score' | 'index'): SafeHtml | string {
  if (!change.available) {
    if (change.reason === 'no-previous-round') return '';
    if (change.reason === 'definition-changed')
      return html`<span class="broken"
        >Not comparable: the questions changed since ${change.previousTitle?.en ?? ''}</span
      >`;
    if (change.reason === 'too-few') return 'Too few answers to compare';
    return html`<span class="hidden">Not shown</span>`;
  }
  return html`<span class="verdict ${change.verdict}">${VERDICT_TEXT[change.verdict]}</span>
    ${formatChange(change.change, unit)}
    <span class="ci">(${formatChange(change.ciLow, unit)} to ${formatChange(change.ciHigh, unit)})</span>
    <span class="meta">since ${change.previousTitle.en}</span>`;
}

/** The classic (English) page's change: "+4.1 pp", the shared format in English. */
const formatChange = (value: number, unit: ValueUnit): string => formatChangeIn(value, unit, 'en');

/** Comments in alphabetical order, or why there are none to read. */
function commentsSection(round: RoundComments | undefined): SafeHtml | string {
  if (!round) return '';
  if (!round.shown)
    return html`<h3>Comments</h3>
      <p class="hidden">Comments are shown for groups of at least ${round.minGroupSize} respondents.</p>`;
  if (round.comments.length === 0)
    return html`<h3>Comments</h3>
      <p class="meta">No comments.</p>`;
  return html`<h3>Comments (${round.comments.length})</h3>
    <ul class="comments">
      ${round.comments.map((c) => html`<li>${c}</li>`)}
    </ul>`;
}
