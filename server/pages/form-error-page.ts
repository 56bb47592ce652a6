import type { FieldIssue } from '../../core/errors';
import { html } from './html';
import { staffLayout } from './staff-layout';

/** What a staff form could not do, field by field, with the way back to the form. */
export function renderFormErrorPage(message: string, details: FieldIssue[]): string {
  return staffLayout({
    title: 'Not saved',
    head: html`<script src="/assets/web/back-link.js" defer></script>`,
    body: html`<h1>Not saved</h1>
      <p role="alert">${message}.</p>
      ${
        details.length
          ? html`<ul>
              ${details.map((d) => html`<li><strong>${d.field}</strong>: ${d.issue}</li>`)}
            </ul>`
          : ''
      }
      <p><a href="/dashboard" data-back>← Back to the form</a> (what you typed is still there)</p>`,
  });
}
