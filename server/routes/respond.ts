import { pickLocale } from '../http/pick-locale';
import express, { Router, type Request } from 'express';
import { NotFound } from '../../core/errors';
import type { Locale } from '../../core/indicators/indicator-definition';
import { normaliseTokenCode } from '../../core/respondents/token-code';
import { findRoundLink } from '../../db/repositories/rounds';
import { respondentFailures } from '../intake/respondent-failures';
import { renderRespondentNotice, renderRespondentPage } from '../pages/respondent-page';
import { noticeText, type RespondentNotice } from '../pages/respondent-notice';
import {
  findTokenTarget,
  linkTarget,
  NOTICE_STATUS,
  noticeFor,
  type RespondentTarget,
} from '../use-cases/respondent-target';
import { respondentSurvey } from '../use-cases/respondent-survey';
import type { SubmitDeps } from '../use-cases/submit-response';

/**
 * Respondents' pages and their surveys: no account, no cookie, nothing stored about who they are.
 * Their answers and drafts have routes of their own (respondent-answers.ts).
 */
export function respondRoutes(deps: SubmitDeps): Router {
  const router = Router();

  const sendPage = (
    req: Request,
    res: express.Response,
    target: RespondentTarget | undefined,
    api: string,
  ) => {
    const lang = pickLocale(req, 'en');
    const notice = noticeFor(target, deps.today());
    if (notice) return sendNotice(res, notice, lang);
    res.type('html').send(renderRespondentPage({ api, lang, personal: !!target?.token }));
  };

  router.get('/s/:code', async (req, res) => {
    const target = linkTarget(await findRoundLink(deps.db, req.params.code));
    sendPage(req, res, target, `/api/s/${encodeURIComponent(req.params.code)}`);
  });

  // A personal code typed from a letter or an SMS.
  router.get('/t', (req, res) => {
    const typed = typeof req.query.code === 'string' ? req.query.code : undefined;
    if (typed === undefined) return sendNotice(res, { kind: 'enterCode' }, pickLocale(req, 'en'));
    const code = normaliseTokenCode(typed);
    if (!code) return sendNotice(res, { kind: 'badCode' }, pickLocale(req, 'en'));
    const lang = typeof req.query.lang === 'string' ? `?lang=${encodeURIComponent(req.query.lang)}` : '';
    res.redirect(303, `/t/${code}${lang}`);
  });

  router.get('/t/:code', async (req, res) => {
    const target = await findTokenTarget(deps.db, req.params.code);
    if (!target) return sendNotice(res, { kind: 'badCode' }, pickLocale(req, 'en'));
    sendPage(req, res, target, `/api/t/${target.token!.code}`);
  });

  const sendSurvey = async (req: Request, res: express.Response, target: RespondentTarget | undefined) => {
    if (!target) throw new NotFound('There is no survey at this link');
    const notice = noticeFor(target, deps.today());
    if (notice?.kind === 'personalLinksOnly') {
      // Nothing of the survey through a link that takes no answers.
      const message = noticeText(notice, pickLocale(req, 'en')).body;
      return res.status(NOTICE_STATUS[notice.kind]).json({ error: { code: 'personal_links_only', message } });
    }
    const body = await respondentSurvey(deps, target, deps.today());
    res
      .status(notice ? NOTICE_STATUS[notice.kind] : 200)
      .json(notice ? { ...body, error: { code: notice.kind, message: noticeMessage(notice) } } : body);
  };

  router.get('/api/s/:code', async (req, res) => {
    await sendSurvey(req, res, linkTarget(await findRoundLink(deps.db, req.params.code)));
  });

  router.get('/api/t/:code', async (req, res) => {
    await sendSurvey(req, res, await findTokenTarget(deps.db, req.params.code));
  });

  router.use(respondentFailures((message) => deps.log(message)));
  return router;
}

function sendNotice(res: express.Response, notice: RespondentNotice, lang: Locale) {
  res.status(NOTICE_STATUS[notice.kind]).type('html').send(renderRespondentNotice(notice, lang));
}

function noticeMessage(notice: RespondentNotice): string {
  switch (notice.kind) {
    case 'closed':
      return 'This survey round has closed';
    case 'notYetOpen':
      return `This survey round opens on ${notice.opensOn}`;
    case 'tokenUsed':
      return 'This personal link has already been used to answer';
    default:
      return 'There is no survey at this link';
  }
}
