import express, { Router } from 'express';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { issueOneTimePassword } from '../use-cases/issue-one-time-password';
import { changeStaffUser, createStaffUserFor, loadStaffAdmin } from '../use-cases/staff-admin';
import { described } from '../openapi/described';
import { NewStaffUser, StaffUserChange } from '../../core/staff/staff-input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AdminUserDeps = SessionDeps & { db: Db };

/**
 * Staff users, their roles and scopes: administrators of the whole municipality (issue 6). The
 * screens are the app's (web/app/admin/); the old page addresses redirect there.
 */
export function adminUserRoutes(deps: AdminUserDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const json = express.json({ limit: '16kb' });
  router.param('userId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no user ${value}`)),
  );

  router.get('/api/admin/users', api, async (_req, res) => {
    res.json({ users: (await loadStaffAdmin(deps.db, staffOf(res))).users });
  });
  router.post('/api/admin/users', api, json, described({ body: NewStaffUser }), async (req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .status(201)
      .json(await createStaffUserFor(deps.db, staffOf(res), req.body, deps.now()));
  });
  router.post('/api/admin/users/:userId/reset-password', api, async (req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .json(await issueOneTimePassword(deps, staffOf(res), req.params.userId as string));
  });
  router.patch(
    '/api/admin/users/:userId',
    api,
    json,
    described({ body: StaffUserChange }),
    async (req, res) => {
      res.json(await changeStaffUser(deps, staffOf(res), req.params.userId as string, req.body));
    },
  );
  return router;
}
