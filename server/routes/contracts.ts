import express, { Router } from 'express';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import type { JobQueue } from '../../jobs/define-job';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { renderContractPage } from '../pages/contract-page';
import { renderContractsPage } from '../pages/contracts-page';
import { loadContractOverview } from '../use-cases/contract-overview';
import { loadContractList, loadContractView } from '../use-cases/contract-view';
import { addGoal, addServiceArea, changeGoal, createContractFor, setPublished } from '../use-cases/contracts';
import { loadGoalCatalogue } from '../use-cases/indicator-catalogue';
import { findMunicipality } from '../../db/repositories/municipalities';
import { goalChangeFromForm, goalInputFromForm } from './goal-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ContractRouteDeps = SessionDeps & {
  db: Db;
  instruments: InstrumentCache;
  queue: JobQueue;
  publicUrl: string;
};

/** The quality contract: service areas with aims, goals, publication (issue 5). */
export function contractRoutes(deps: ContractRouteDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  const forms = express.urlencoded({ extended: false, limit: '64kb' });
  const json = express.json({ limit: '64kb' });
  const useCase = { db: deps.db, instruments: deps.instruments, queue: deps.queue, now: deps.now };
  router.param('contractId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no contract ${value}`)),
  );

  router.get('/dashboard/contracts', page, async (_req, res) => {
    const staff = staffOf(res);
    res.type('html').send(renderContractsPage(await loadContractList(deps.db, staff), staff));
  });
  router.post('/dashboard/contracts', page, forms, async (req, res) => {
    const id = await createContractFor(useCase, staffOf(res), req.body);
    res.redirect(303, `/dashboard/contracts/${id}`);
  });
  router.get('/dashboard/contracts/:contractId', page, async (req, res) => {
    const staff = staffOf(res);
    const view = await loadContractView(useCase, staff, req.params.contractId as string);
    const municipality = (await findMunicipality(deps.db, staff.municipalityId))!;
    const publicUrl = `${deps.publicUrl}/p/${municipality.slug}`;
    res.type('html').send(renderContractPage(view, staff, publicUrl));
  });
  router.post('/dashboard/contracts/:contractId/areas', page, forms, async (req, res) => {
    await addServiceArea(useCase, staffOf(res), req.params.contractId as string, req.body);
    res.redirect(303, `/dashboard/contracts/${req.params.contractId}`);
  });
  router.post('/dashboard/contracts/:contractId/goals', page, forms, async (req, res) => {
    const catalogue = await loadGoalCatalogue(deps.db, deps.instruments);
    const input = goalInputFromForm(req.body as Record<string, unknown>, catalogue);
    await addGoal(useCase, staffOf(res), req.params.contractId as string, input);
    res.redirect(303, `/dashboard/contracts/${req.params.contractId}`);
  });
  router.post('/dashboard/contracts/:contractId/publish', page, forms, async (req, res) => {
    const published = (req.body as Record<string, unknown>).published === 'true';
    await setPublished(useCase, staffOf(res), req.params.contractId as string, published);
    res.redirect(303, `/dashboard/contracts/${req.params.contractId}`);
  });

  router.get('/api/contracts', api, async (_req, res) => {
    res.json(await loadContractList(deps.db, staffOf(res)));
  });
  router.param('goalId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no goal ${value}`)),
  );
  router.patch('/api/goals/:goalId', api, json, async (req, res) => {
    await changeGoal(useCase, staffOf(res), req.params.goalId as string, req.body);
    res.status(204).end();
  });
  router.post('/dashboard/goals/:goalId/change', page, forms, async (req, res) => {
    const form = req.body as Record<string, unknown>;
    await changeGoal(
      useCase,
      staffOf(res),
      req.params.goalId as string,
      goalChangeFromForm(form, form.unit === 'share'),
    );
    res.redirect(303, `/dashboard/contracts/${String(form.contractId)}`);
  });
  router.post('/api/contracts', api, json, async (req, res) => {
    res.status(201).json({ id: await createContractFor(useCase, staffOf(res), req.body) });
  });
  router.get('/api/contracts/:contractId', api, async (req, res) => {
    const view = await loadContractView(useCase, staffOf(res), req.params.contractId as string);
    res.json({ contract: view.contract, areas: view.areas, reports: view.reports });
  });
  router.get('/api/contracts/:contractId/overview', api, async (req, res) => {
    const year = req.query.year === undefined ? null : Number(req.query.year);
    res.json(await loadContractOverview(useCase, staffOf(res), req.params.contractId as string, year));
  });
  router.post('/api/contracts/:contractId/service-areas', api, json, async (req, res) => {
    const key = await addServiceArea(useCase, staffOf(res), req.params.contractId as string, req.body);
    res.status(201).json({ key });
  });
  router.post('/api/contracts/:contractId/goals', api, json, async (req, res) => {
    const id = await addGoal(useCase, staffOf(res), req.params.contractId as string, req.body);
    res.status(201).json({ id });
  });
  router.put('/api/contracts/:contractId/published', api, json, async (req, res) => {
    const published = (req.body as { published?: unknown }).published === true;
    await setPublished(useCase, staffOf(res), req.params.contractId as string, published);
    res.status(204).end();
  });
  return router;
}
