import express, { Router } from 'express';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { renderUserCreatedPage } from '../pages/user-created-page';
import { renderUserEditPage } from '../pages/user-edit-page';
import { renderUsersAdminPage } from '../pages/users-admin-page';
import { issueOneTimePassword } from '../use-cases/issue-one-time-password';
import { ssoWaitingSection } from '../pages/sso-waiting-section';
import { loadWaitingUsers } from '../use-cases/sso-admin';
import { changeStaffUser, createStaffUserFor, loadStaffAdmin, loadStaffUser } from '../use-cases/staff-admin';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AdminUserDeps = SessionDeps & { db: Db };

/** Staff users, their roles and scopes: administrators of the whole municipality (issue 6). */
export function adminUserRoutes(deps: AdminUserDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  const json = express.json({ limit: '16kb' });
  router.param('userId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no user ${value}`)),
  );

  router.get('/dashboard/admin/users', page, async (_req, res) => {
    const staff = staffOf(res);
    const admin = await loadStaffAdmin(deps.db, staff);
    const waiting = ssoWaitingSection(await loadWaitingUsers(deps.db, staff), admin.units);
    res.type('html').send(renderUsersAdminPage(admin, staff, waiting));
  });
  router.post('/dashboard/admin/users', page, forms, async (req, res) => {
    const staff = staffOf(res);
    const created = await createStaffUserFor(deps.db, staff, req.body, deps.now());
    const user = await loadStaffUser(deps.db, staff, created.id);
    // The one-time password is on this page only: no caching, no redirect that could show it again.
    res
      .status(201)
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(renderUserCreatedPage({ ...user, oneTimePassword: created.oneTimePassword }, staff));
  });
  router.get('/dashboard/admin/users/:userId', page, async (req, res) => {
    const staff = staffOf(res);
    const target = await loadStaffUser(deps.db, staff, req.params.userId as string);
    const { units } = await loadStaffAdmin(deps.db, staff);
    res.type('html').send(renderUserEditPage({ target, units, self: target.id === staff.id }, staff));
  });
  router.post('/dashboard/admin/users/:userId', page, forms, async (req, res) => {
    await changeStaffUser(deps, staffOf(res), req.params.userId as string, req.body);
    res.redirect(303, '/dashboard/admin/users');
  });
  for (const [action, active] of [
    ['deactivate', false],
    ['activate', true],
  ] as const) {
    router.post(`/dashboard/admin/users/:userId/${action}`, page, async (req, res) => {
      await changeStaffUser(deps, staffOf(res), req.params.userId as string, { active });
      res.redirect(303, '/dashboard/admin/users');
    });
  }

  router.post('/dashboard/admin/users/:userId/reset-password', page, async (req, res) => {
    const staff = staffOf(res);
    const { oneTimePassword } = await issueOneTimePassword(deps, staff, req.params.userId as string);
    const user = await loadStaffUser(deps.db, staff, req.params.userId as string);
    res
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(renderUserCreatedPage({ ...user, oneTimePassword, reset: true }, staff));
  });

  router.get('/api/admin/users', api, async (_req, res) => {
    res.json({ users: (await loadStaffAdmin(deps.db, staffOf(res))).users });
  });
  router.post('/api/admin/users', api, json, async (req, res) => {
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
  router.patch('/api/admin/users/:userId', api, json, async (req, res) => {
    res.json(await changeStaffUser(deps, staffOf(res), req.params.userId as string, req.body));
  });
  return router;
}
