import express, { Router } from 'express';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import type { JobQueue } from '../../jobs/define-job';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { loadContractOverview } from '../use-cases/contract-overview';
import { loadContractList, loadContractView } from '../use-cases/contract-view';
import {
  addGoal,
  addServiceArea,
  changeGoal,
  changeServiceArea,
  createContractFor,
  setPublished,
} from '../use-cases/contracts';
import { findMunicipality } from '../../db/repositories/municipalities';
import { described } from '../openapi/described';
import { GoalUpdate, NewContract, NewGoal, ServiceAreaInput } from '../../core/goals/contract-input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ContractRouteDeps = SessionDeps & {
  db: Db;
  instruments: InstrumentCache;
  queue: JobQueue;
  publicUrl: string;
};

/** The quality contract: service areas with aims, goals, publication (issue 5); the app writes it. */
export function contractRoutes(deps: ContractRouteDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const json = express.json({ limit: '64kb' });
  const useCase = { db: deps.db, instruments: deps.instruments, queue: deps.queue, now: deps.now };
  for (const [param, what] of [
    ['contractId', 'contract'],
    ['goalId', 'goal'],
  ] as const)
    router.param(param, (_req, _res, next, value: string) =>
      next(UUID.test(value) ? undefined : new NotFound(`There is no ${what} ${value}`)),
    );

  router.get('/api/contracts', api, async (_req, res) => {
    res.json(await loadContractList(deps.db, staffOf(res)));
  });
  router.patch('/api/goals/:goalId', api, json, described({ body: GoalUpdate }), async (req, res) => {
    await changeGoal(useCase, staffOf(res), req.params.goalId as string, req.body);
    res.status(204).end();
  });
  router.post('/api/contracts', api, json, described({ body: NewContract }), async (req, res) => {
    res.status(201).json({ id: await createContractFor(useCase, staffOf(res), req.body) });
  });
  // The contract as its writers see it: areas with goals, the reports, what a goal can be set on.
  router.get('/api/contracts/:contractId', api, async (req, res) => {
    const staff = staffOf(res);
    const view = await loadContractView(useCase, staff, req.params.contractId as string);
    const municipality = (await findMunicipality(deps.db, staff.municipalityId))!;
    res.json({ ...view, publicUrl: `${deps.publicUrl}/p/${municipality.slug}` });
  });
  router.get('/api/contracts/:contractId/overview', api, async (req, res) => {
    const year = req.query.year === undefined ? null : Number(req.query.year);
    res.json(await loadContractOverview(useCase, staffOf(res), req.params.contractId as string, year));
  });
  router.post(
    '/api/contracts/:contractId/service-areas',
    api,
    json,
    described({ body: ServiceAreaInput }),
    async (req, res) => {
      const key = await addServiceArea(useCase, staffOf(res), req.params.contractId as string, req.body);
      res.status(201).json({ key });
    },
  );
  router.put(
    '/api/contracts/:contractId/service-areas/:areaKey',
    api,
    json,
    described({ body: ServiceAreaInput }),
    async (req, res) => {
      const { contractId, areaKey } = req.params as { contractId: string; areaKey: string };
      await changeServiceArea(useCase, staffOf(res), contractId, areaKey, req.body);
      res.status(204).end();
    },
  );
  router.post(
    '/api/contracts/:contractId/goals',
    api,
    json,
    described({ body: NewGoal }),
    async (req, res) => {
      const id = await addGoal(useCase, staffOf(res), req.params.contractId as string, req.body);
      res.status(201).json({ id });
    },
  );
  router.put('/api/contracts/:contractId/published', api, json, async (req, res) => {
    const published = (req.body as { published?: unknown }).published === true;
    await setPublished(useCase, staffOf(res), req.params.contractId as string, published);
    res.status(204).end();
  });
  return router;
}
