import express, { Router } from 'express';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { renderNewRoundPage } from '../pages/new-round-page';
import { createRoundFor, loadNewRoundForm } from '../use-cases/create-round';

export type AdminRoundDeps = SessionDeps & { db: Db; instruments: InstrumentCache };

/** The form's fields are named as the API's ("title.da"); a single ticked unit arrives as a string. */
function roundInputFromForm(body: Record<string, unknown>): unknown {
  const unitIds = body.unitIds === undefined ? [] : [body.unitIds].flat();
  return {
    instrumentVersionId: body.instrumentVersionId,
    title: { da: body['title.da'], nb: body['title.nb'], en: body['title.en'] },
    opensOn: body.opensOn,
    closesOn: body.closesOn,
    unitIds,
    // An unticked checkbox sends nothing.
    personalLinksOnly: body.personalLinksOnly === 'true',
  };
}

/** Setting up a round: survey, title, period, and the units that get an open link (issue 6). */
export function adminRoundRoutes(deps: AdminRoundDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  // A municipality's every class ticked is some 1,500 unit ids.
  const forms = express.urlencoded({ extended: false, limit: '256kb', parameterLimit: 10_000 });
  const json = express.json({ limit: '256kb' });
  const today = () => deps.now().toISOString().slice(0, 10);

  router.get('/dashboard/rounds/new', page, async (req, res) => {
    const staff = staffOf(res);
    const instrument = typeof req.query.instrument === 'string' ? req.query.instrument : undefined;
    const form = await loadNewRoundForm(deps, staff, instrument);
    res.type('html').send(renderNewRoundPage(form, staff, today()));
  });
  router.post('/dashboard/rounds', page, forms, async (req, res) => {
    const input = roundInputFromForm(req.body as Record<string, unknown>);
    const roundId = await createRoundFor(deps, staffOf(res), input, today());
    res.redirect(303, `/dashboard/rounds/${roundId}/distribution`);
  });
  router.post('/api/rounds', api, json, async (req, res) => {
    const roundId = await createRoundFor(deps, staffOf(res), req.body, today());
    res.status(201).json({ id: roundId, distribution: `/dashboard/rounds/${roundId}/distribution` });
  });
  return router;
}
