import { createHash } from 'node:crypto';
import { ServiceUnavailable } from '../../core/errors';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { Db } from '../../db/database';
import {
  findAdoptedReportPdf,
  storeAdoptedReportPdf,
  type StoredReportPdf,
} from '../../db/repositories/adopted-report-pdfs';
import { renderReportPrint } from '../pages/report-print';
import type { ReportView } from '../use-cases/follow-up-reports';
import type { PdfPrinter } from './pdf-printer';

/** A report's PDF; `sha256` only for an adopted one, whose bytes never change (its ETag). */
export interface ReportPdf {
  pdf: Buffer;
  sha256: string | null;
}

export interface ReportPdfs {
  /**
   * An adopted report is printed once per language and stored; everyone after gets those bytes,
   * and requests that arrive while it prints wait for that one print. A draft is printed anew.
   */
  pdfOf(view: ReportView, locale: Locale, baseUrl: string): Promise<ReportPdf>;
}

/** The follow-up reports' PDFs: one per process, shared by the staff and the public routes. */
export function reportPdfs(deps: { db: Db; pdf?: PdfPrinter }): ReportPdfs {
  const printing = new Map<string, Promise<StoredReportPdf>>();
  const adopted = (reportId: string, view: ReportView, locale: Locale, baseUrl: string) => {
    const key = `${reportId}/${locale}`;
    let pending = printing.get(key);
    if (!pending) {
      // Looked up inside the shared promise: a request that finds none stored is never a second print.
      pending = (async () => {
        const stored = await findAdoptedReportPdf(deps.db, reportId, locale);
        if (stored) return stored;
        const pdf = await printReport(deps.pdf, view, locale, baseUrl);
        const sha256 = createHash('sha256').update(pdf).digest('hex');
        return storeAdoptedReportPdf(deps.db, { reportId, locale, pdf, sha256 });
      })().finally(() => printing.delete(key));
      printing.set(key, pending);
    }
    return pending;
  };
  return {
    async pdfOf(view, locale, baseUrl) {
      if (view.status === 'adopted' && view.reportId) return adopted(view.reportId, view, locale, baseUrl);
      return { pdf: await printReport(deps.pdf, view, locale, baseUrl), sha256: null };
    },
  };
}

/** The PDF of a report view, or 503 when this installation has no Chromium to print with. */
async function printReport(
  pdf: PdfPrinter | undefined,
  view: ReportView,
  locale: Locale,
  baseUrl: string,
): Promise<Buffer> {
  if (!pdf) throw new ServiceUnavailable('PDF printing is not configured on this installation');
  const pages = { da: 'side {page} af {pages}', nb: 'side {page} av {pages}', en: 'page {page} of {pages}' }[
    locale
  ];
  const footer = `${view.report.municipality.name} · ${view.report.contract.title} · ${view.report.year} · ${pages}`;
  return pdf.printHtml(renderReportPrint(view, locale), { baseUrl, footer });
}
