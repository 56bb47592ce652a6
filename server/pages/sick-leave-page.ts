import { MAX_REPORTED_ISSUES } from '../../core/sick-leave/import-file-check';
import type { SickLeaveImportSummary } from '../../core/sick-leave/import-summary';
import type { SickLeaveImportReport, SickLeaveImportView } from '../use-cases/sick-leave-imports';
import { formatComputedAt } from './format';
import { importIssuesTable } from './import-issues-table';
import { html, type SafeHtml } from './html';
import { sickLeaveColumnsTable } from './sick-leave-columns';
import { staffLayout } from './staff-layout';

const BASE = '/dashboard/sick-leave';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STATUS_WORD = { queued: 'Queued', running: 'Running', failed: 'Failed', applied: 'Applied' } as const;

const count = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

function appliedText(s: SickLeaveImportSummary): string {
  const [first, last] = s.periods ?? [null, null];
  const periods = !first ? '' : first === last ? `, ${first}` : `, ${first} to ${last}`;
  const replaced = s.replacedRecords ? `${count(s.replacedRecords)} replaced earlier figures` : 'all new';
  const ignored = s.ignoredColumns.length ? ` Columns not used: ${s.ignoredColumns.join(', ')}.` : '';
  return `${plural(s.records, 'record', 'records')} for ${plural(s.units, 'unit', 'units')}${periods} (${replaced}).${ignored}`;
}

/** Where an import stands, in a sentence: what the history and the progress line say. */
export function importStateText(i: SickLeaveImportView): string {
  if (i.status === 'queued') return 'Waiting for the worker to start.';
  if (i.status === 'failed') return `${plural(i.errorCount, 'problem', 'problems')}; nothing was imported.`;
  // Records stored without a file (the demo's, or from before summaries were kept) have no summary.
  if (i.status === 'applied') return i.summary ? appliedText(i.summary) : 'Applied.';
  if (i.rowsTotal === null) return `Reading and checking: ${plural(i.rowsDone, 'row', 'rows')} so far.`;
  if (i.rowsDone < i.rowsTotal)
    return `Reading and checking row ${count(i.rowsDone)} of ${count(i.rowsTotal)}.`;
  return 'Writing the records.';
}

function errorTable(report: SickLeaveImportReport): SafeHtml {
  const rest = report.errorCount - report.errors.length;
  return html`${importIssuesTable(report.errors)}
  ${
    rest > 0
      ? html`<p class="meta">
          The first ${MAX_REPORTED_ISSUES} problems are shown; ${count(rest)} more are not.
        </p>`
      : ''
  }`;
}

function progressBar(i: SickLeaveImportView): SafeHtml {
  const value = i.rowsTotal === null ? '' : html` value="${i.rowsDone}"`;
  return html`<label class="progress" for="import-progress">Progress</label>
    <progress id="import-progress" max="${Math.max(i.rowsTotal ?? 1, 1)}" ${value}></progress>`;
}

/** The import chosen from the history, or just uploaded: its progress, its report or what it did. */
function importResult(report: SickLeaveImportReport): SafeHtml {
  const unfinished = report.status === 'queued' || report.status === 'running';
  const poll = unfinished ? html` data-poll="/api/sick-leave/imports/${report.id}"` : '';
  return html`<section id="import-result" class="import-result" data-status="${report.status}" ${poll}>
    <h2>Import of ${report.fileName} <small>${formatComputedAt(report.createdAt)}</small></h2>
    ${unfinished ? progressBar(report) : ''}
    ${
      report.status === 'failed'
        ? html`<p class="error" role="alert">
              The file has ${plural(report.errorCount, 'problem', 'problems')}. Nothing has been imported:
              correct the rows below in the file and upload it again.
            </p>
            ${errorTable(report)}`
        : html`<p class="${report.status === 'applied' ? 'notice' : 'meta'}" role="status" id="import-state">
            ${report.status === 'applied' ? 'Imported: ' : ''}${importStateText(report)}
          </p>`
    }
  </section>`;
}

function uploadForm(): SafeHtml {
  return html`<form id="sick-leave-upload" class="stacked" data-upload="/api/sick-leave/imports" hidden>
      <h2>Import a file</h2>
      <label for="sick-leave-file">CSV or XLSX file from the HR or payroll system</label>
      <input
        id="sick-leave-file"
        name="file"
        type="file"
        accept=".csv,.xlsx,text/csv,${XLSX_TYPE}"
        required
      />
      <button type="submit">Upload and import</button>
      <label class="progress" for="upload-progress" hidden>Upload</label>
      <progress id="upload-progress" max="100" value="0" hidden></progress>
      <p id="upload-state" role="status"></p>
    </form>
    <noscript>
      <p>
        Uploading from this page needs JavaScript. Without it, send the file to the API:
        <code>POST /api/sick-leave/imports</code> with the file as the body.
      </p>
    </noscript>`;
}

function history(imports: SickLeaveImportView[]): SafeHtml {
  if (imports.length === 0) return html`<p>No file has been imported yet.</p>`;
  return html`<div class="table-wrap">
    <table class="sick-leave-imports">
      <thead>
        <tr>
          <th scope="col">Uploaded</th>
          <th scope="col">File</th>
          <th scope="col">By</th>
          <th scope="col">Status</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        ${imports.map(
          (i) =>
            html`<tr data-import="${i.id}">
              <td>${formatComputedAt(i.createdAt)}</td>
              <td><a href="${BASE}?import=${i.id}#import-result">${i.fileName}</a></td>
              <td>${i.createdBy ?? ''}</td>
              <td><span class="status import-${i.status}">${STATUS_WORD[i.status]}</span></td>
              <td>${importStateText(i)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Sick leave for quality staff: the upload, the template, the column mapping, the imports so far. */
export function renderSickLeavePage(
  view: { imports: SickLeaveImportView[]; selected: SickLeaveImportReport | null },
  user: { name: string; role?: string },
): string {
  return staffLayout({
    title: 'Sick leave',
    user,
    head: html`<script src="/assets/web/sick-leave-upload.js" defer></script>`,
    body: html`<h1>Sick leave</h1>
      <p class="lead">
        Sick leave comes from the municipality's HR or payroll system: a CSV or XLSX export with one row per
        unit and month (or quarter). An import is all or nothing: if any row is wrong, nothing is imported and
        the rows to correct are listed. Importing a unit's month or quarter again replaces it.
      </p>
      ${view.selected ? importResult(view.selected) : ''} ${uploadForm()}
      <p>
        Start from the template, with two example rows for your units:
        <a href="${BASE}/template.csv" download>template.csv</a> or
        <a href="${BASE}/template.xlsx" download>template.xlsx</a>.
      </p>
      <h2>Imports</h2>
      ${history(view.imports)}
      <h2>Columns</h2>
      <p>
        Headings may be in Danish, Norwegian or English, in any order, in upper or lower case; other columns
        (a unit's name, a cost centre) are read past. Numbers may have a decimal comma or point (12,5 or
        12.5). A CSV file may be separated by <code>;</code> or <code>,</code>; of an XLSX workbook, the first
        sheet is read (format the code column as text in Excel, so that a code like 0101 keeps its zero).
      </p>
      ${sickLeaveColumnsTable()}
      <p>
        A unit's figures are given by month or by quarter, not both for the same months: a month inside a
        quarter of the same unit, in the file or imported before, is refused.
      </p>`,
  });
}
