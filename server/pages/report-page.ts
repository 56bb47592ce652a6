import type { Locale } from '../../core/indicators/indicator-definition';
import type { ReportView } from '../use-cases/follow-up-reports';
import { html, type SafeHtml } from './html';
import { renderReportDocument } from './report-document';
import { staffLayout } from './staff-layout';

const LANGUAGES: [Locale, string][] = [
  ['da', 'Dansk'],
  ['nb', 'Norsk'],
  ['en', 'English'],
];

export const reportStylesheet = html`<link rel="stylesheet" href="/assets/web/report.css" />`;

/** Links to the same page in each language; the current one is marked for screen readers too. */
export function languageSwitch(base: string, current: Locale): SafeHtml {
  return html`<nav class="languages" aria-label="Language / Sprog / Språk">
    ${LANGUAGES.map(([code, name]) =>
      code === current
        ? html`<a href="${base}?lang=${code}" aria-current="true" lang="${code}">${name}</a>`
        : html`<a href="${base}?lang=${code}" lang="${code}">${name}</a>`,
    )}
  </nav>`;
}

/** The staff view of a report: the document, its languages, the PDF, and while a draft the editing and adoption. */
export function renderReportPage(
  view: ReportView,
  opts: { locale: Locale; mayEdit: boolean; user: { name: string } },
): string {
  const { report } = view;
  const base = `/dashboard/contracts/${report.contract.id}/reports/${report.year}`;
  const editing = view.status === 'draft' && opts.mayEdit ? { formId: 'report-texts' } : undefined;
  return staffLayout({
    title: `${report.contract.title} ${report.year}`,
    user: opts.user,
    head: reportStylesheet,
    body: html`<p><a href="/dashboard/contracts/${report.contract.id}">← ${report.contract.title}</a></p>
      <div class="report-tools">
        ${languageSwitch(base, opts.locale)}
        <a class="button" href="${base}/pdf?lang=${opts.locale}" download>Download PDF</a>
      </div>
      ${
        editing
          ? html`<form
              id="report-texts"
              method="post"
              action="${base}/texts?lang=${opts.locale}"
              class="report-save"
            >
              <p>
                Write each goal's process evaluation and the MED committee's statement in the fields below,
                then save.
              </p>
              <button type="submit">Save texts</button>
            </form>`
          : ''
      }
      ${renderReportDocument(report, opts.locale, view, editing)}
      ${
        editing
          ? html`<form method="post" action="${base}/adopt?lang=${opts.locale}" class="report-adopt">
              <p><button type="submit" form="report-texts">Save texts</button></p>
              <h2>Adopt the report</h2>
              <p>
                Adopt when the council has adopted it. The report is then kept exactly as it reads now, with a
                checksum, and later answers or recomputations never change it. Save your texts first.
              </p>
              <button type="submit">Adopt the ${report.year} report</button>
            </form>`
          : ''
      }`,
  });
}
