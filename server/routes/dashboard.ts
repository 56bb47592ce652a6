import { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../http/parse';
import { wholeNumber } from '../http/query-fields';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { GOAL_STATUS_PAGE_BYTES, loadGoalOverview } from '../use-cases/goal-overview';
import { loadUnitIndicators } from '../use-cases/unit-indicators';
import { loadIndicatorDetail } from '../use-cases/indicator-detail';
import { loadUnitComments } from '../use-cases/unit-comments';
import { roundState } from '../../core/surveys/round-state';
import { closeRoundNow, openRoundNow } from '../use-cases/round-schedule';
import { loadRecomputeRun, loadRoundsOverview, requestRoundRecompute } from '../use-cases/round-recompute';
import type { JobQueue } from '../../jobs/define-job';
import { described } from '../openapi/described';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A page of the goal status is at most this many units (and GOAL_STATUS_PAGE_BYTES). */
export const GOAL_STATUS_PAGE_LIMIT = 250;
/** GET /api/goals?unit=<id>&levels=2&offset=0&limit=250: one screen's part of the tree. */
export const GoalOverviewQuery = z
  .object({
    unit: z.string().regex(UUID, 'a unit id').optional(),
    levels: wholeNumber(0, 20).optional(),
    offset: wholeNumber(0, 999_999).default(0),
    limit: wholeNumber(1, GOAL_STATUS_PAGE_LIMIT).default(GOAL_STATUS_PAGE_LIMIT),
  })
  .strict()
  .transform(({ unit, ...rest }) => ({ ...rest, ...(unit === undefined ? {} : { unitId: unit }) }));

export interface DashboardDeps extends SessionDeps {
  db: Db;
  instruments: InstrumentCache;
  queue: JobQueue;
}

/** Goal status and indicators for staff, always limited to the user's municipality and scope. */
export function dashboardRoutes(deps: DashboardDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  // Ids in URLs are uuids; anything else is an unknown unit, not a database error.
  router.param('unitId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no unit ${value}`)),
  );

  router.get('/api/units/:unitId/comments', api, async (req, res) => {
    res.json(await loadUnitComments(deps.db, deps.instruments, staffOf(res), req.params.unitId as string));
  });

  router.param('roundId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no round ${value}`)),
  );
  router.param('runId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no recompute run ${value}`)),
  );

  const today = () => deps.now().toISOString().slice(0, 10);
  for (const [action, change] of [
    ['open', openRoundNow],
    ['close', closeRoundNow],
  ] as const) {
    router.post(`/api/rounds/:roundId/${action}`, api, async (req, res) => {
      await change(deps, staffOf(res), req.params.roundId as string, today());
      res.status(204).end();
    });
  }

  // Each round's state today (scheduled, open, closed), as the server's clock sees it.
  router.get('/api/rounds', api, async (_req, res) => {
    const overview = await loadRoundsOverview(deps.db, staffOf(res));
    const day = today();
    res.json({
      ...overview,
      today: day,
      rounds: overview.rounds.map((r) => ({ ...r, state: roundState(r, day) })),
    });
  });

  router.post('/api/rounds/:roundId/recompute', api, async (req, res) => {
    const run = await requestRoundRecompute(deps, staffOf(res), req.params.roundId as string);
    res.status(202).json(run);
  });

  router.get('/api/recompute-runs/:runId', api, async (req, res) => {
    res.json(await loadRecomputeRun(deps.db, staffOf(res), req.params.runId as string));
  });

  router.get('/api/goals', api, described({ query: GoalOverviewQuery }), async (req, res) => {
    const ask = parseInput(GoalOverviewQuery, req.query, 'goal status query');
    const maxBytes = GOAL_STATUS_PAGE_BYTES;
    res.json(await loadGoalOverview(deps.db, deps.instruments, staffOf(res), { ...ask, maxBytes }));
  });

  router.get('/api/units/:unitId/indicators', api, async (req, res) => {
    res.json(await loadUnitIndicators(deps.db, deps.instruments, staffOf(res), req.params.unitId as string));
  });

  router.get('/api/units/:unitId/indicators/:instrumentKey/:indicatorKey', api, async (req, res) => {
    const ask = {
      unitId: req.params.unitId as string,
      instrumentKey: req.params.instrumentKey as string,
      indicatorKey: req.params.indicatorKey as string,
    };
    res.json(await loadIndicatorDetail(deps.db, deps.instruments, staffOf(res), ask));
  });

  return router;
}
