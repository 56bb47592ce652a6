import { pickLocale } from '../http/pick-locale';
import express, { Router, type Request } from 'express';
import { NotFound } from '../../core/errors';
import type { Locale } from '../../core/indicators/indicator-definition';
import { normaliseTokenCode } from '../../core/respondents/token-code';
import { assertRoundOpen } from '../../core/surveys/round-state';
import { findRoundLink } from '../../db/repositories/rounds';
import { cachedRoundLinks } from '../../db/round-link-cache';
import { intakeBatcher } from '../intake/intake-batcher';
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
import { respondentSurvey, saveDraft, TokenDraft } from '../use-cases/respondent-survey';
import { submitResponse, type SubmitDeps, SubmitResponse } from '../use-cases/submit-response';
import type { AnswerLimits } from '../throttle/answer-limits';
import { described } from '../openapi/described';

// A round's dates changed by staff reach submissions within this time.
const LINK_CACHE_MS = 10_000;

/** Respondents: no account, no cookie, nothing stored about who they are. */
export function respondRoutes(deps: SubmitDeps & { answerLimits: AnswerLimits }): Router {
  const router = Router();
  const findLink = cachedRoundLinks(deps.db, LINK_CACHE_MS);
  const submitDeps: SubmitDeps = { ...deps, batcher: deps.batcher ?? intakeBatcher(deps.db) };
  const limit = deps.answerLimits.take;

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

  const json = express.json({ limit: '256kb' });

  router.post('/api/s/:code/responses', json, described({ body: SubmitResponse }), async (req, res) => {
    const target = linkTarget(await findLink(req.params.code));
    // Only links that exist are counted: made-up codes must not fill the shared store.
    if (target) await limit('linkSubmit', req.params.code);
    const stored = await submitResponse(
      submitDeps,
      target,
      req.body,
      pickLocale(req, 'en'),
      res.locals.requestId,
    );
    res.status(stored.created ? 201 : 200).json({ id: stored.id });
  });

  router.post('/api/t/:code/responses', json, described({ body: SubmitResponse }), async (req, res) => {
    const target = await findTokenTarget(deps.db, req.params.code);
    if (target) await limit('tokenSubmit', target.token!.codeHash);
    const stored = await submitResponse(deps, target, req.body, undefined, res.locals.requestId);
    res.status(stored.created ? 201 : 200).json({ id: stored.id });
  });

  router.put('/api/t/:code/draft', json, described({ body: TokenDraft }), async (req, res) => {
    const target = await findTokenTarget(deps.db, req.params.code);
    if (!target) throw new NotFound('There is no survey at this link');
    await limit('tokenDraft', target.token!.codeHash);
    assertRoundOpen(target.round, deps.today());
    await saveDraft(deps, target, req.body);
    res.status(204).end();
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
