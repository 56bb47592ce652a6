import express, { Router } from 'express';
import { NotFound } from '../../core/errors';
import type { Locale } from '../../core/indicators/indicator-definition';
import { roundState } from '../../core/surveys/round-state';
import { findRoundLink } from '../../db/repositories/rounds';
import { cachedRoundLinks } from '../../db/round-link-cache';
import { renderRespondentPage } from '../pages/respondent-page';
import { submitResponse, type SubmitDeps } from '../use-cases/submit-response';

// A round's dates changed by staff reach submissions within this time.
const LINK_CACHE_MS = 10_000;

/** Respondents: no account, no cookie, nothing stored about who they are. */
export function respondRoutes(deps: SubmitDeps): Router {
  const router = Router();
  const submitDeps: SubmitDeps = { ...deps, findLink: cachedRoundLinks(deps.db, LINK_CACHE_MS) };

  router.get('/s/:code', async (req, res) => {
    const link = await findRoundLink(deps.db, req.params.code);
    const state = link ? roundState(link.round, deps.today()) : 'unknown';
    const status = state === 'unknown' ? 404 : state === 'closed' ? 410 : 200;
    res
      .status(status)
      .type('html')
      .send(renderRespondentPage({ code: req.params.code, lang: pickLocale(req) }));
  });

  router.get('/api/s/:code', async (req, res) => {
    const link = await findRoundLink(deps.db, req.params.code);
    if (!link) throw new NotFound('There is no survey at this link');
    const state = roundState(link.round, deps.today());
    const instrument = await deps.instruments.get(link.round.instrumentVersionId);
    res.status(state === 'closed' ? 410 : 200).json({
      round: {
        id: link.round.id,
        title: link.round.title,
        opensOn: link.round.opensOn,
        closesOn: link.round.closesOn,
        state,
      },
      unit: { name: link.unit.name },
      instrument: { key: instrument.version.instrumentKey, version: instrument.version.version },
      survey: instrument.version.survey,
      ...(state === 'closed'
        ? { error: { code: 'round_closed', message: 'This survey round has closed' } }
        : {}),
    });
  });

  router.post('/api/s/:code/responses', express.json({ limit: '256kb' }), async (req, res) => {
    const stored = await submitResponse(submitDeps, req.params.code, req.body);
    res.status(stored.created ? 201 : 200).json({ id: stored.id });
  });

  return router;
}

function pickLocale(req: express.Request): Locale {
  const asked = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  if (asked === 'da' || asked === 'nb' || asked === 'en') return asked;
  const accepted = req.acceptsLanguages('da', 'nb', 'no', 'nn', 'en');
  if (accepted === 'da') return 'da';
  if (accepted === 'nb' || accepted === 'no' || accepted === 'nn') return 'nb';
  return 'en';
}
