import express, { Router } from 'express';
import { z } from 'zod';
import { findStaffCredentials, recordStaffLogin } from '../../db/repositories/staff';
import { verifyPassword } from '../auth/password';
import { isQualityStaff, mayAct } from '../../core/org/scope';
import { endSession, requireStaff, startSession, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { parseInput } from '../http/parse';
import { renderLoginPage } from '../pages/login-page';
import { ssoButtons } from '../pages/sso-buttons';
import { passwordSignInAllowed, ssoLoginChoices } from '../use-cases/sso-login-choices';

const Login = z.object({
  email: z.email(),
  password: z.string().min(1).max(200),
  next: z.string().optional(),
});

/** Only local paths: a login link must not be able to send staff to another site. */
// Browsers read '/\host' like '//host', so neither a second slash nor a backslash may follow the first.
// Staff land in the dashboard app; a link from elsewhere in Målbar comes back to where it pointed.
export const safeNext = (next: string | undefined) => (next && /^\/(?![/\\])/.test(next) ? next : '/app');

export function staffAuthRoutes(deps: SessionDeps): Router {
  const router = Router();
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  const json = express.json({ limit: '16kb' });

  router.get('/login', async (req, res) => {
    const next = safeNext(String(req.query.next ?? ''));
    res.type('html').send(renderLoginPage({ next, sso: ssoButtons(await ssoLoginChoices(deps.db), next) }));
  });

  router.post('/login', forms, json, async (req, res) => {
    const wantsJson = req.is('application/json');
    const input = parseInput(Login, req.body, 'login');
    const user = await findStaffCredentials(deps.db, input.email);
    // Same answer for an unknown e-mail and a wrong password: the form must not reveal who has an account.
    if (!user || !(await verifyPassword(input.password, user.passwordHash))) {
      const message = 'E-mail or password is wrong';
      if (wantsJson) return res.status(401).json({ error: { code: 'unauthenticated', message } });
      return res
        .status(401)
        .type('html')
        .send(renderLoginPage({ next: safeNext(input.next), error: message, email: input.email }));
    }
    if (!(await passwordSignInAllowed(deps.db, user.municipalityId))) {
      const message = 'Your municipality signs in with its own accounts: use its button on the sign-in page';
      if (wantsJson) return res.status(403).json({ error: { code: 'forbidden', message } });
      return res
        .status(403)
        .type('html')
        .send(renderLoginPage({ next: safeNext(input.next), error: message }));
    }
    await startSession(deps, res, user.id);
    await recordStaffLogin(deps.db, user.id, deps.now());
    if (wantsJson) return res.json({ user: { id: user.id, name: user.name, role: user.role } });
    return res.redirect(303, safeNext(input.next));
  });

  // Who is logged in and what they may do: the app shows the links a user can follow. The API
  // checks every call anyway; this only spares a viewer buttons that would answer 403.
  router.get('/api/me', requireStaff(deps, 'api'), (_req, res) => {
    const staff = staffOf(res);
    res.json({
      name: staff.name,
      role: staff.role,
      mayAct: mayAct(staff),
      isQualityStaff: isQualityStaff(staff),
      isAdmin: staff.role === 'admin',
    });
  });

  router.post('/logout', async (req, res) => {
    await endSession(deps, req, res);
    res.redirect(303, '/login');
  });

  return router;
}
