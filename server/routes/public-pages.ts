import { Router, type NextFunction, type Request, type Response } from 'express';
import { NotFound } from '../../core/errors';
import { Locale } from '../../core/indicators/indicator-definition';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { yearParam } from '../http/year-param';
import { html } from '../pages/html';
import { publicLayout, renderPublicPage, renderPublicReport } from '../pages/public-page';
import { publicMessages } from '../../core/messages/public-messages';
import { translator } from '../../core/messages/message-catalogue';
import type { ReportPdfs } from '../reports/report-pdfs';
import { loadPublicPage, loadPublicReport } from '../use-cases/public-page';
import { localeOf, pdfFileName, sendReportPdf } from './follow-up-reports';

/**
 * An adopted report is never changed, but a contract can be unpublished: a day is long enough that
 * a burst of readers is served from their caches, short enough that withdrawing it takes effect.
 */
const ADOPTED_PDF_CACHE = 'public, max-age=86400';

export interface PublicRouteDeps {
  db: Db;
  instruments: InstrumentCache;
  now: () => Date;
  pdfs: ReportPdfs;
  publicUrl: string;
}

/** The municipality's public page (/p/<slug>) and its adopted reports: no login, three languages. */
export function publicPageRoutes(deps: PublicRouteDeps): Router {
  const router = Router();
  const slugOk = /^[a-z0-9-]{1,80}$/;

  router.get('/p/:slug', async (req, res) => {
    if (!slugOk.test(req.params.slug)) throw new NotFound('No such municipality');
    const page = await loadPublicPage(deps, req.params.slug);
    res
      .set('Cache-Control', 'public, max-age=60')
      .type('html')
      .send(renderPublicPage(page, localeOf(req, page.municipality.country)));
  });
  router.get('/p/:slug/contracts/:contractId/reports/:year', async (req, res) => {
    const { view, country } = await publicReport(req);
    res.type('html').send(renderPublicReport(view, localeOf(req, country)));
  });
  router.get('/p/:slug/contracts/:contractId/reports/:year/pdf', async (req, res) => {
    const { view, country } = await publicReport(req);
    const locale = localeOf(req, country);
    const pdf = await deps.pdfs.pdfOf(view, locale, deps.publicUrl);
    sendReportPdf(res, pdf, pdfFileName(view, locale), ADOPTED_PDF_CACHE);
  });
  // Citizens get a page in their language, not a JSON error.
  router.use('/p', (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!(error instanceof NotFound)) return next(error);
    const asked = Locale.safeParse(req.query.lang);
    const locale = asked.success ? asked.data : 'da';
    const t = translator(publicMessages, locale);
    res
      .status(404)
      .type('html')
      .send(
        publicLayout({
          title: t('public.notFound'),
          locale,
          switchBase: req.baseUrl + req.path,
          body: html`<h1>${t('public.notFound')}</h1>`,
        }),
      );
  });

  async function publicReport(req: Request) {
    const { slug, contractId, year } = req.params as Record<string, string>;
    if (!slugOk.test(slug!) || !/^[0-9a-f-]{36}$/i.test(contractId!)) throw new NotFound('No such report');
    return loadPublicReport(deps, slug!, contractId!, yearParam(year));
  }
  return router;
}
