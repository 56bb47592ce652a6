import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { NotFound } from '../../core/errors';
import { assertRoundOpen } from '../../core/surveys/round-state';
import { cachedRoundLinks } from '../../db/round-link-cache';
import { emptyBodyByDefault } from '../http/empty-body';
import { jsonApiHeaders } from '../http/json-api-headers';
import { pickLocale } from '../http/pick-locale';
import { readableAddress } from '../http/readable-address';
import { sendJson } from '../http/send-json';
import { intakeBatcher } from '../intake/intake-batcher';
import { respondentFailures } from '../intake/respondent-failures';
import type { AnswerLimits } from '../throttle/answer-limits';
import { findTokenTarget, linkTarget } from '../use-cases/respondent-target';
import { described } from '../openapi/described';
import { saveDraft, TokenDraft } from '../use-cases/respondent-survey';
import { submitResponse, SubmitResponse, type SubmitDeps } from '../use-cases/submit-response';

// A round's dates changed by staff reach submissions within this time.
const LINK_CACHE_MS = 10_000;

// The respondent's answers and drafts; same-origin-guard.ts lets the same addresses through.
const ANSWER_ADDRESS = /^\/api\/[st]\/[^/]+\/(responses|draft)$/;

/**
 * Respondents' answers and drafts, mounted before the app's general layers: a national round's
 * peak is thousands of these a second, and they need none of helmet's document headers, static
 * files or the staff guards — only the JSON API's headers (json-api-headers.ts), the address
 * check, the body and the route. Any other request leaves this router after one test. Failures go
 * on to the app's error middleware like any route's. No account, no cookie, nothing stored about
 * who answers.
 */
export function respondentAnswerRoutes(
  deps: SubmitDeps & { answerLimits: AnswerLimits; https: boolean },
): Router {
  const router = Router();
  const findLink = cachedRoundLinks(deps.db, LINK_CACHE_MS);
  const submitDeps: SubmitDeps = { ...deps, batcher: deps.batcher ?? intakeBatcher(deps.db) };
  const limit = deps.answerLimits.take;
  const setHeaders = jsonApiHeaders({ https: deps.https });
  // One layer for what every answer request goes through first: fewer router steps per answer.
  const answersOnly: RequestHandler = (req, res, next) => {
    if (!ANSWER_ADDRESS.test(req.path)) return next('router');
    setHeaders(res);
    readableAddress(req, res, next);
  };
  router.use(answersOnly);

  const json = express.json({ limit: '256kb' });

  router.post(
    '/api/s/:code/responses',
    json,
    emptyBodyByDefault,
    described({ body: SubmitResponse }),
    async (req: Request<{ code: string }>, res: Response) => {
      const target = linkTarget(await findLink(req.params.code));
      // Only links that exist are counted: made-up codes must not fill the shared store.
      if (target) await limit('linkSubmit', req.params.code);
      const stored = await submitResponse(
        submitDeps,
        target,
        req.body,
        pickLocale(req, 'en'),
        res.locals.requestId as string | undefined,
      );
      sendJson(res, stored.created ? 201 : 200, { id: stored.id });
    },
  );

  router.post(
    '/api/t/:code/responses',
    json,
    emptyBodyByDefault,
    described({ body: SubmitResponse }),
    async (req: Request<{ code: string }>, res: Response) => {
      const target = await findTokenTarget(deps.db, req.params.code);
      if (target) await limit('tokenSubmit', target.token!.codeHash);
      const stored = await submitResponse(
        deps,
        target,
        req.body,
        undefined,
        res.locals.requestId as string | undefined,
      );
      sendJson(res, stored.created ? 201 : 200, { id: stored.id });
    },
  );

  router.put(
    '/api/t/:code/draft',
    json,
    emptyBodyByDefault,
    described({ body: TokenDraft }),
    async (req: Request<{ code: string }>, res: Response) => {
      const target = await findTokenTarget(deps.db, req.params.code);
      if (!target) throw new NotFound('There is no survey at this link');
      await limit('tokenDraft', target.token!.codeHash);
      assertRoundOpen(target.round, deps.today());
      await saveDraft(deps, target, req.body);
      res.status(204).end();
    },
  );

  router.use(respondentFailures((message) => deps.log(message)));
  return router;
}
