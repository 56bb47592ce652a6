import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { ReportView } from '../use-cases/follow-up-reports';
import { html, SafeHtml } from './html';
import { renderReportDocument } from './report-document';

// Inlined, so printing never fetches anything (the public address may not be reachable from here).
const REPORT_CSS = fs.readFileSync(path.join(__dirname, '../../web/report.css'), 'utf8');

/** A standalone document for printing to PDF: the report and nothing else. */
export function renderReportPrint(view: ReportView, locale: Locale): string {
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <title>${view.report.contract.title} ${view.report.year}</title>
        <style>
          ${new SafeHtml(REPORT_CSS)}
        </style>
      </head>
      <body class="print">
        ${renderReportDocument(view.report, locale, view)}
      </body>
    </html>`.value;
}
