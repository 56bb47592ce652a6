import express, { Router } from 'express';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { addGoalAction, changeGoalAction, loadGoalWithActions } from '../use-cases/goal-actions';
import { described } from '../openapi/described';
import { GoalActionUpdate, NewGoalAction } from '../../core/goals/goal-action';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ways to reach a goal: read by all staff, planned by those responsible (issue 5). */
export function goalActionRoutes(deps: SessionDeps & { db: Db }): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const json = express.json({ limit: '32kb' });
  for (const param of ['goalId', 'actionId'])
    router.param(param, (_req, _res, next, value: string) =>
      next(UUID.test(value) ? undefined : new NotFound(`There is no ${param.replace('Id', '')} ${value}`)),
    );

  // The goal, its actions, and where the user may plan (no units and false: read only).
  router.get('/api/goals/:goalId/actions', api, async (req, res) => {
    const data = await loadGoalWithActions(deps.db, staffOf(res), req.params.goalId as string);
    res.json({ goalId: data.goal.id, ...data });
  });

  router.post(
    '/api/goals/:goalId/actions',
    api,
    json,
    described({ body: NewGoalAction }),
    async (req, res) => {
      const id = await addGoalAction(deps.db, staffOf(res), req.params.goalId as string, req.body);
      res.status(201).json({ id });
    },
  );

  router.patch(
    '/api/goal-actions/:actionId',
    api,
    json,
    described({ body: GoalActionUpdate }),
    async (req, res) => {
      await changeGoalAction(deps.db, staffOf(res), req.params.actionId as string, req.body);
      res.status(204).end();
    },
  );

  return router;
}
