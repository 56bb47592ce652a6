import express, { Router, type Request } from 'express';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { requireStaff, staffOf } from '../auth/staff-sessions';
import {
  catalogueProfile,
  loadInitiative,
  loadInitiativeForm,
  searchCatalogue,
} from '../use-cases/initiative-catalogue';
import { addInitiative, changeInitiative } from '../use-cases/initiatives';
import { described } from '../openapi/described';
import { InitiativeUpdate, NewInitiative } from '../../core/initiatives/initiative';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface InitiativeDeps {
  db: Db;
  sessionSecret: string;
  now: () => Date;
  secureCookies: boolean;
  instruments: InstrumentCache;
}

/** A search form's "all" is an empty field; `municipality` is the id's name in the address. */
function queryOf(req: Request) {
  const text = (key: string) =>
    typeof req.query[key] === 'string' && req.query[key] !== '' ? req.query[key] : undefined;
  return { q: text('q'), sector: text('sector'), municipalityId: text('municipality') };
}

/** The search as the app's address carries it: /dashboard/initiatives?q=… → /app/initiatives?q=… */
const queryString = (req: Request) =>
  req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';

/**
 * The initiative catalogue (issue 5): every staff user searches all municipalities; quality staff
 * add theirs. The staff app (/app/initiatives) is its screen; the classic pages' addresses lead there.
 */
export function initiativeRoutes(deps: InitiativeDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const json = express.json({ limit: '64kb' });
  router.param('initiativeId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no initiative ${value}`)),
  );

  router.get('/dashboard/initiatives', (req, res) =>
    res.redirect(302, `/app/initiatives${queryString(req)}`),
  );
  router.get('/dashboard/initiatives/new', (_req, res) => res.redirect(302, '/app/initiatives/new'));
  router.get('/dashboard/initiatives/:initiativeId', (req, res) =>
    res.redirect(302, `/app/initiatives/${req.params.initiativeId as string}`),
  );

  /** The hits, the profile of the municipality asked (or all), the municipalities to choose from. */
  router.get('/api/initiatives', api, async (req, res) => {
    res.json(await searchCatalogue(deps.db, staffOf(res), queryOf(req)));
  });

  router.get('/api/initiatives/profile', api, async (req, res) => {
    res.json({ sectors: await catalogueProfile(deps.db, queryOf(req)) });
  });

  /** What a new initiative's form offers: the units, the goals, the assessment's questions. */
  router.get('/api/initiatives/form', api, async (_req, res) => {
    res.json(await loadInitiativeForm(deps.db, deps.instruments, staffOf(res), null));
  });

  router.get('/api/initiatives/:initiativeId', api, async (req, res) => {
    res.json(await loadInitiative(deps.db, req.params.initiativeId as string));
  });

  /** An initiative with its form: whether the user may edit it, and if so what they may choose. */
  router.get('/api/initiatives/:initiativeId/form', api, async (req, res) => {
    res.json(
      await loadInitiativeForm(deps.db, deps.instruments, staffOf(res), req.params.initiativeId as string),
    );
  });

  router.post('/api/initiatives', api, json, described({ body: NewInitiative }), async (req, res) => {
    const id = await addInitiative(deps.db, deps.instruments, staffOf(res), req.body);
    res.status(201).json({ id });
  });

  router.patch(
    '/api/initiatives/:initiativeId',
    api,
    json,
    described({ body: InitiativeUpdate }),
    async (req, res) => {
      await changeInitiative(
        deps.db,
        deps.instruments,
        staffOf(res),
        req.params.initiativeId as string,
        req.body,
      );
      res.status(204).end();
    },
  );

  return router;
}
