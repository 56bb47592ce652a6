import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { ReportView } from '../use-cases/follow-up-reports';
import { html, SafeHtml } from './html';
import { reportStylesheet } from './language-switch';
import { renderReportDocument } from './report-document';

// Inlined, so printing never fetches anything (the public address may not be reachable from here).
const REPORT_CSS = fs.readFileSync(path.join(__dirname, '../../web/report.css'), 'utf8');

/**
 * A standalone document for printing: the report and nothing else. The PDF printer gets the
 * stylesheet inlined; a browser gets it linked, as the Content-Security-Policy allows no inline style.
 */
export function renderReportPrint(
  view: ReportView,
  locale: Locale,
  stylesheet: 'inline' | 'linked' = 'inline',
): string {
  const style =
    stylesheet === 'inline'
      ? html`<style>
          ${new SafeHtml(REPORT_CSS)}
        </style>`
      : reportStylesheet;
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${view.report.contract.title} ${view.report.year}</title>
        ${style}
      </head>
      <body class="print">
        ${renderReportDocument(view.report, locale, view)}
      </body>
    </html>`.value;
}
