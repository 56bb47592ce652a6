import express, { Router } from 'express';
import { ValidationFailed } from '../../core/errors';
import { requireStaff, sessionIdOf, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { renderAccountPasswordPage } from '../pages/account-password-page';
import { changeOwnPassword } from '../use-cases/change-own-password';

/**
 * Changing your own password: a page and a JSON API. The only routes a user still on a one-time
 * password may reach (requireStaff's forPasswordChange).
 */
export function accountPasswordRoutes(deps: SessionDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page', { forPasswordChange: true });
  const api = requireStaff(deps, 'api', { forPasswordChange: true });
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  const json = express.json({ limit: '16kb' });

  router.get('/dashboard/account/password', page, (_req, res) => {
    res.type('html').send(renderAccountPasswordPage({ user: staffOf(res) }));
  });
  router.post('/dashboard/account/password', page, forms, async (req, res) => {
    const staff = staffOf(res);
    try {
      await changeOwnPassword(deps, staff, sessionIdOf(res), req.body);
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      // The form again, with what to fix (a browser keeps no typed passwords on a "back").
      return res
        .status(422)
        .type('html')
        .send(renderAccountPasswordPage({ user: staff, issues: error.details }));
    }
    if (staff.mustChangePassword) return res.redirect(303, '/app');
    return res.type('html').send(renderAccountPasswordPage({ user: staff, changed: true }));
  });
  router.post('/api/me/password', api, json, async (req, res) => {
    await changeOwnPassword(deps, staffOf(res), sessionIdOf(res), req.body);
    res.status(204).end();
  });
  return router;
}
