import express, { Router, type Request, type Response } from 'express';
import { NotFound, ValidationFailed } from '../../core/errors';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import type { StaffUser } from '../../db/repositories/staff';
import { requireStaff, staffOf } from '../auth/staff-sessions';
import { renderInitiativeFormPage, type InitiativeFormValues } from '../pages/initiative-form-page';
import { renderInitiativesPage } from '../pages/initiatives-page';
import {
  catalogueProfile,
  loadInitiative,
  loadInitiativeForm,
  searchCatalogue,
} from '../use-cases/initiative-catalogue';
import { addInitiative, changeInitiative } from '../use-cases/initiatives';

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

/** A form's fields as the JSON API takes them; an unreadable assessment is left for the schema to name. */
function formValues(body: Record<string, unknown>): InitiativeFormValues {
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '');
  return {
    sector: text('sector'),
    title: text('title'),
    description: text('description'),
    contactUnitId: text('contactUnitId'),
    goalIds: body.goalIds === undefined ? [] : [body.goalIds].flat().map(String),
    assessment: text('assessment'),
  };
}

function initiativeOf(values: InitiativeFormValues): Record<string, unknown> {
  let assessment: unknown = null;
  if (values.assessment.trim() !== '') {
    try {
      assessment = JSON.parse(values.assessment);
    } catch {
      assessment = values.assessment;
    }
  }
  return { ...values, assessment };
}

/** The initiative catalogue (issue 5): every staff user searches all municipalities; quality staff add theirs. */
export function initiativeRoutes(deps: InitiativeDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  const forms = express.urlencoded({ extended: false, limit: '64kb' });
  const json = express.json({ limit: '64kb' });
  router.param('initiativeId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no initiative ${value}`)),
  );

  /** A refused form comes back with what was typed and what was wrong, not as JSON. */
  async function saveForm(res: Response, staff: StaffUser, id: string | null, body: unknown) {
    const values = formValues(body as Record<string, unknown>);
    try {
      const saved = id
        ? (await changeInitiative(deps.db, deps.instruments, staff, id, initiativeOf(values)), id)
        : await addInitiative(deps.db, deps.instruments, staff, initiativeOf(values));
      res.redirect(303, `/dashboard/initiatives/${saved}`);
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      const data = await loadInitiativeForm(deps.db, deps.instruments, staff, id);
      res
        .status(422)
        .type('html')
        .send(renderInitiativeFormPage(data, staff, { values, errors: error.details }));
    }
  }

  router.get('/dashboard/initiatives', page, async (req, res) => {
    const staff = staffOf(res);
    res.type('html').send(renderInitiativesPage(await searchCatalogue(deps.db, staff, queryOf(req)), staff));
  });

  router.get('/dashboard/initiatives/new', page, async (_req, res) => {
    const staff = staffOf(res);
    res
      .type('html')
      .send(
        renderInitiativeFormPage(await loadInitiativeForm(deps.db, deps.instruments, staff, null), staff),
      );
  });

  router.get('/dashboard/initiatives/:initiativeId', page, async (req, res) => {
    const staff = staffOf(res);
    const data = await loadInitiativeForm(
      deps.db,
      deps.instruments,
      staff,
      req.params.initiativeId as string,
    );
    res.type('html').send(renderInitiativeFormPage(data, staff));
  });

  router.post('/dashboard/initiatives', page, forms, (req, res) =>
    saveForm(res, staffOf(res), null, req.body),
  );

  router.post('/dashboard/initiatives/:initiativeId', page, forms, (req, res) =>
    saveForm(res, staffOf(res), req.params.initiativeId as string, req.body),
  );

  router.get('/api/initiatives', api, async (req, res) => {
    const { query, initiatives } = await searchCatalogue(deps.db, staffOf(res), queryOf(req));
    res.json({ query, initiatives });
  });

  router.get('/api/initiatives/profile', api, async (req, res) => {
    res.json({ sectors: await catalogueProfile(deps.db, queryOf(req)) });
  });

  router.get('/api/initiatives/:initiativeId', api, async (req, res) => {
    res.json(await loadInitiative(deps.db, req.params.initiativeId as string));
  });

  router.post('/api/initiatives', api, json, async (req, res) => {
    const id = await addInitiative(deps.db, deps.instruments, staffOf(res), req.body);
    res.status(201).json({ id });
  });

  router.patch('/api/initiatives/:initiativeId', api, json, async (req, res) => {
    await changeInitiative(
      deps.db,
      deps.instruments,
      staffOf(res),
      req.params.initiativeId as string,
      req.body,
    );
    res.status(204).end();
  });

  return router;
}
