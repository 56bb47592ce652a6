import express, { Router } from 'express';
import { mayBeAsked } from '../../core/surveys/round-audience';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { createRoundFor, loadNewRoundForm } from '../use-cases/create-round';
import { described } from '../openapi/described';
import { NewRound } from '../../core/surveys/round-input';

export type AdminRoundDeps = SessionDeps & { db: Db; instruments: InstrumentCache };

/** Setting up a round: survey, title, period, and the units that get an open link (issue 6). */
export function adminRoundRoutes(deps: AdminRoundDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  // A municipality's every class ticked is some 1,500 unit ids.
  const json = express.json({ limit: '256kb' });
  const today = () => deps.now().toISOString().slice(0, 10);

  // What a new round can be made of: the surveys, the staff member's units, those a survey asks.
  router.get('/api/rounds/new', api, async (req, res) => {
    const instrument = typeof req.query.instrument === 'string' ? req.query.instrument : undefined;
    const form = await loadNewRoundForm(deps, staffOf(res), instrument);
    const units = form.units.map(({ unit, depth }) => ({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      depth,
      askable: mayBeAsked(unit),
    }));
    res.json({ ...form, units, today: today() });
  });
  router.post('/api/rounds', api, json, described({ body: NewRound }), async (req, res) => {
    const roundId = await createRoundFor(deps, staffOf(res), req.body, today());
    res.status(201).json({ id: roundId, distribution: `/app/rounds/${roundId}` });
  });
  return router;
}
