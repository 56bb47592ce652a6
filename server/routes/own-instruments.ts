import express, { Router } from 'express';
import { z } from 'zod';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { parseInput } from '../http/parse';
import { pickLocale } from '../http/pick-locale';
import { renderRespondentPage } from '../pages/respondent-page';
import {
  checkInstrumentDraft,
  checkPreviewAnswers,
  draftPreviewSurvey,
  loadInstrumentDraft,
  NewInstrumentDraft,
} from '../use-cases/own-instrument-drafts';
import { instrumentDefinition, listInstruments, publishInstrumentDraft } from '../use-cases/own-instruments';
import { described } from '../openapi/described';

export const DefinitionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

/**
 * Bring your own instrument (issue 21): an administrator checks a survey.json with its
 * indicators.json, previews it as a respondent would, and publishes it as her municipality's.
 */
export function ownInstrumentRoutes(deps: SessionDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  // The largest built-in survey.json is 50 kB; a municipality's own with three languages fits many times.
  const json = express.json({ limit: '1mb' });
  router.get('/api/instruments', api, async (_req, res) => {
    res.json({ instruments: await listInstruments(deps.db, staffOf(res)) });
  });
  router.get(
    '/api/instruments/:key/definition',
    api,
    described({ query: DefinitionQuery }),
    async (req, res) => {
      const { version } = parseInput(DefinitionQuery, req.query, 'definition query');
      const ask = { instrumentKey: req.params.key as string, version };
      res.json(await instrumentDefinition(deps.db, staffOf(res), ask));
    },
  );
  router.post(
    '/api/instruments/drafts',
    api,
    json,
    described({ body: NewInstrumentDraft }),
    async (req, res) => {
      res.status(201).json({ draft: await checkInstrumentDraft(deps.db, staffOf(res), req.body) });
    },
  );
  router.post('/api/instruments/drafts/:id/publish', api, async (req, res) => {
    const published = await publishInstrumentDraft(deps, staffOf(res), req.params.id as string);
    res.status(published.created ? 201 : 200).json(published);
  });
  router.get('/api/instruments/drafts/:id/preview', api, async (req, res) => {
    res.json(await draftPreviewSurvey(deps.db, staffOf(res), req.params.id as string));
  });
  // The preview page posts its answers here as a round's page would: checked, never stored.
  router.post(
    '/api/instruments/drafts/:id/preview/responses',
    api,
    express.json({ limit: '256kb' }),
    async (req, res) => {
      await checkPreviewAnswers(deps.db, staffOf(res), req.params.id as string, req.body);
      res.status(200).json({ id: null, preview: true });
    },
  );
  router.get('/instruments/drafts/:id/preview', requireStaff(deps, 'page'), async (req, res) => {
    const id = req.params.id as string;
    await loadInstrumentDraft(deps.db, staffOf(res), id);
    allowFramingBySelf(res);
    const page = renderRespondentPage({
      api: `/api/instruments/drafts/${id}/preview`,
      lang: pickLocale(req, 'da'),
      preview: true,
    });
    res.type('html').send(page);
  });
  return router;
}

/** The instruments page shows the preview in a phone-sized frame: this one page may be framed by Målbar itself. */
function allowFramingBySelf(res: express.Response): void {
  const policy = String(res.getHeader('Content-Security-Policy') ?? '');
  res.setHeader(
    'Content-Security-Policy',
    policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
  );
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
}
