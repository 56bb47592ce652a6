import { AUDIT_ACTIONS } from '../../core/audit/audit-action';
import type { AuditFilter } from '../../core/audit/audit-filter';
import { formatComputedAt } from './format';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';
import type { AuditEventView, AuditTrailPage } from '../use-cases/audit-trail';

/** The filter as a query string, on another page. */
function queryOf(filter: AuditFilter, page: number): string {
  const { page: _page, ...rest } = filter;
  const entries = Object.entries(rest).filter((e): e is [string, string] => typeof e[1] === 'string');
  if (page > 1) entries.push(['page', String(page)]);
  return new URLSearchParams(entries).toString();
}

const detailText = (detail: Record<string, unknown>) =>
  Object.keys(detail).length ? JSON.stringify(detail) : '';

function eventRow(e: AuditEventView): SafeHtml {
  return html`<tr data-event="${e.id}" data-action="${e.action}">
    <td><time datetime="${e.at}">${formatComputedAt(e.at)}</time></td>
    <td>${e.actor}</td>
    <td>${e.action}${e.installationWide ? html` <span class="meta">(installation-wide)</span>` : ''}</td>
    <td>${e.subject ?? ''}</td>
    <td>${e.address ?? ''}</td>
    <td><code>${detailText(e.detail)}</code></td>
  </tr>`;
}

function filterForm(filter: AuditFilter): SafeHtml {
  return html`<form method="get" action="/dashboard/admin/audit" class="filters">
    <label for="action">Action</label>
    <select id="action" name="action">
      <option value="">Any</option>
      ${AUDIT_ACTIONS.map((a) => html`<option value="${a}" ${a === filter.action ? 'selected' : ''}>${a}</option>`)}
    </select>
    <label for="actor">Actor's e-mail (or part of it)</label>
    <input id="actor" name="actor" value="${filter.actor ?? ''}" maxlength="254" />
    <label for="from">From</label>
    <input id="from" name="from" type="date" value="${filter.from ?? ''}" />
    <label for="to">To</label>
    <input id="to" name="to" type="date" value="${filter.to ?? ''}" />
    <button type="submit">Filter</button>
  </form>`;
}

function pager(data: AuditTrailPage): SafeHtml {
  const last = Math.max(1, Math.ceil(data.total / data.pageSize));
  const link = (page: number, text: string) =>
    html`<a href="/dashboard/admin/audit?${queryOf(data.filter, page)}">${text}</a>`;
  return html`<p class="pager">
    ${data.page > 1 ? link(data.page - 1, 'Newer') : ''} Page ${data.page} of ${last} (${data.total} events)
    ${data.page < last ? link(data.page + 1, 'Older') : ''}
  </p>`;
}

/** Who did what, newest first, for the municipality's administrators (and a data protection officer). */
export function renderAuditTrailPage(data: AuditTrailPage, user: { name: string; role: string }): string {
  return staffLayout({
    title: 'Audit trail',
    user,
    body: html`<h1>Audit trail</h1>
      <p class="lead">
        Sign-ins, exports, adopted reports, changes to users, imports, rounds opened, closed and released, and
        instruments published. Never answers or respondents' data. Events marked installation-wide concern
        every municipality on this installation. Times are Danish time; the CSV has UTC.
      </p>
      ${filterForm(data.filter)}
      <p>
        <a href="/api/admin/audit.csv?${queryOf(data.filter, 1)}">Download as CSV</a> (every event the filter
        matches)
      </p>
      <div class="table-wrap">
        <table class="audit">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Subject</th>
              <th scope="col">Address</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            ${data.events.map(eventRow)}
          </tbody>
        </table>
      </div>
      ${pager(data)}`,
  });
}
