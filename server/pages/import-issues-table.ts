import type { ImportIssue } from '../../core/imports/import-issue';
import { html, type SafeHtml } from './html';

/**
 * The row report of a refused import (organisation, sick leave, key figures): each problem by the
 * file's line and the column as the file heads it, so it can be found and corrected there.
 */
export function importIssuesTable(issues: ImportIssue[]): SafeHtml {
  return html`<div class="table-wrap">
    <table class="import-errors">
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        ${issues.map(
          (e) =>
            html`<tr>
              <td class="n">${e.line}</td>
              <td>${e.field}</td>
              <td>${e.message}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
