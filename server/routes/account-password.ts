import express, { Router } from 'express';
import { ValidationFailed } from '../../core/errors';
import {
  CHANGE_PASSWORD_PAGE,
  requireStaff,
  sessionIdOf,
  staffOf,
  type SessionDeps,
} from '../auth/staff-sessions';
import { pickLocale } from '../http/pick-locale';
import { renderFirstPasswordPage } from '../pages/first-password-page';
import { changeOwnPassword, PasswordChange } from '../use-cases/change-own-password';
import { described } from '../openapi/described';

/**
 * Changing your own password: the page that ends a sign-in with a one-time password, and the JSON
 * API the app's account view uses. The only routes a user still on a one-time password may reach
 * (requireStaff's forPasswordChange).
 */
export function accountPasswordRoutes(deps: SessionDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page', { forPasswordChange: true });
  const api = requireStaff(deps, 'api', { forPasswordChange: true });
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  const json = express.json({ limit: '16kb' });

  router.get(CHANGE_PASSWORD_PAGE, page, (req, res) => {
    // Someone with a password of their own changes it in the app, beside the rest of their work.
    if (!staffOf(res).mustChangePassword) return res.redirect(303, '/app/account');
    return res.type('html').send(renderFirstPasswordPage({ locale: pickLocale(req, 'da') }));
  });
  router.post(CHANGE_PASSWORD_PAGE, page, forms, async (req, res) => {
    try {
      await changeOwnPassword(deps, staffOf(res), sessionIdOf(res), req.body);
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      // The form again, with what to fix (a browser keeps no typed passwords on a "back").
      const again = renderFirstPasswordPage({ locale: pickLocale(req, 'da'), issues: error.details });
      return res.status(422).type('html').send(again);
    }
    return res.redirect(303, '/app');
  });
  // The old address of the page, in bookmarks and the one-time password's instructions.
  router.get('/dashboard/account/password', (_req, res) => res.redirect(303, CHANGE_PASSWORD_PAGE));

  router.post('/api/me/password', api, json, described({ body: PasswordChange }), async (req, res) => {
    await changeOwnPassword(deps, staffOf(res), sessionIdOf(res), req.body);
    res.status(204).end();
  });
  return router;
}
