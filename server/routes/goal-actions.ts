import express, { Router } from 'express';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { renderGoalPage } from '../pages/goal-page';
import { addGoalAction, changeGoalAction, loadGoalWithActions } from '../use-cases/goal-actions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A form's empty fields are "not given". */
const orNull = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The ways to reach a goal: read by all staff, planned by those responsible (issue 5). */
export function goalActionRoutes(deps: SessionDeps & { db: Db }): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  const forms = express.urlencoded({ extended: false, limit: '32kb' });
  const json = express.json({ limit: '32kb' });
  for (const param of ['goalId', 'actionId'])
    router.param(param, (_req, _res, next, value: string) =>
      next(UUID.test(value) ? undefined : new NotFound(`There is no ${param.replace('Id', '')} ${value}`)),
    );

  router.get('/dashboard/goals/:goalId', page, async (req, res) => {
    const staff = staffOf(res);
    res
      .type('html')
      .send(renderGoalPage(await loadGoalWithActions(deps.db, staff, req.params.goalId as string), staff));
  });

  router.get('/api/goals/:goalId/actions', api, async (req, res) => {
    const data = await loadGoalWithActions(deps.db, staffOf(res), req.params.goalId as string);
    res.json({ goalId: data.goal.id, actions: data.actions });
  });

  router.post('/api/goals/:goalId/actions', api, json, async (req, res) => {
    const id = await addGoalAction(deps.db, staffOf(res), req.params.goalId as string, req.body);
    res.status(201).json({ id });
  });

  router.patch('/api/goal-actions/:actionId', api, json, async (req, res) => {
    await changeGoalAction(deps.db, staffOf(res), req.params.actionId as string, req.body);
    res.status(204).end();
  });

  router.post('/dashboard/goals/:goalId/actions', page, forms, async (req, res) => {
    const form = req.body as Record<string, unknown>;
    await addGoalAction(deps.db, staffOf(res), req.params.goalId as string, {
      what: form.what,
      responsible: form.responsible,
      unitId: orNull(form.unitId),
      dueOn: orNull(form.dueOn),
    });
    res.redirect(303, `/dashboard/goals/${req.params.goalId}`);
  });

  router.post('/dashboard/goal-actions/:actionId', page, forms, async (req, res) => {
    const form = req.body as Record<string, unknown>;
    const { goalId } = await changeGoalAction(deps.db, staffOf(res), req.params.actionId as string, {
      status: form.status,
      note: orNull(form.note),
    });
    res.redirect(303, `/dashboard/goals/${goalId}`);
  });

  return router;
}
