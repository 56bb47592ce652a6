import type { UnitChanges } from '../../core/org/org-import-plan';
import type { ImportReport } from '../use-cases/organisation-import';
import { importIssuesTable } from './import-issues-table';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

const changeText = (changes: UnitChanges) =>
  Object.entries(changes)
    .map(([field, value]) => `${field} → ${String(value)}`)
    .join(', ');

// The parser drops one newline right after <textarea>: one is written so a file's own is kept.
const csvBox = (csv: string, attributes: SafeHtml) =>
  html`<textarea name="csv" ${attributes} spellcheck="false">${'\n'}${csv}</textarea>`;

function changeTables(report: ImportReport): SafeHtml {
  return html`${
    report.created.length
      ? html`<h2>Units to create (${report.created.length})</h2>
          <div class="table-wrap">
            <table class="import-created">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Code</th>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Under</th>
                </tr>
              </thead>
              <tbody>
                ${report.created.map(
                  (c) =>
                    html`<tr>
                      <td class="n">${c.line}</td>
                      <td>${c.code}</td>
                      <td>${c.name}</td>
                      <td>${c.kind}</td>
                      <td>${c.parent}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
      : ''
  }
  ${
    report.updated.length
      ? html`<h2>Units to update (${report.updated.length})</h2>
          <div class="table-wrap">
            <table class="import-updated">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Code</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Changes</th>
                </tr>
              </thead>
              <tbody>
                ${report.updated.map(
                  (u) =>
                    html`<tr>
                      <td class="n">${u.line}</td>
                      <td>${u.code}</td>
                      <td>${u.name}</td>
                      <td>${changeText(u.changes)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
      : ''
  }`;
}

function summary(report: ImportReport): SafeHtml {
  const changes = report.created.length + report.updated.length;
  if (report.errors.length)
    return html`<h1>
        The file has ${report.errors.length} ${report.errors.length === 1 ? 'error' : 'errors'}
      </h1>
      <p role="alert">
        Nothing has been imported. Correct the rows below (here or in the file) and preview again.
      </p>`;
  if (changes === 0)
    return html`<h1>Nothing to change</h1>
      <p>All ${report.unchanged} units in the file are already as it says.</p>`;
  return html`<h1>Preview of the import</h1>
    <p>
      ${report.created.length} to create, ${report.updated.length} to update, ${report.unchanged} unchanged.
      Units not in the file are kept. Nothing is saved until you import.
    </p>`;
}

/** The row report of an organisation CSV: its errors, or what importing it would change. */
export function renderOrganisationImportPage(
  report: ImportReport,
  csv: string,
  user: { name: string; role?: string },
): string {
  const ready = report.errors.length === 0 && report.created.length + report.updated.length > 0;
  return staffLayout({
    title: 'Import organisation',
    user,
    body: html`${summary(report)}
      ${report.errors.length ? importIssuesTable(report.errors) : changeTables(report)}
      ${
        ready
          ? html`<form method="post" action="/dashboard/admin/organisation/import" class="inline">
              ${csvBox(csv, html`hidden`)}
              <button type="submit">Import</button>
            </form>`
          : ''
      }
      <form method="post" action="/dashboard/admin/organisation/import/preview" class="stacked">
        <label for="csv">The file</label>
        ${csvBox(csv, html`id="csv" rows="12" required`)}
        <button type="submit">Preview again</button>
      </form>
      <p><a href="/dashboard/admin/organisation">← Back to the organisation</a></p>`,
  });
}
