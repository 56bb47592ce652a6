import express, { Router } from 'express';
import { z } from 'zod';
import { findStaffCredentials } from '../../db/repositories/staff';
import { verifyPassword } from '../auth/password';
import { endSession, startSession, type SessionDeps } from '../auth/staff-sessions';
import { parseInput } from '../http/parse';
import { renderLoginPage } from '../pages/login-page';

const Login = z.object({
  email: z.email(),
  password: z.string().min(1).max(200),
  next: z.string().optional(),
});

/** Only local paths: a login link must not be able to send staff to another site. */
// Browsers read '/\host' like '//host', so neither a second slash nor a backslash may follow the first.
const safeNext = (next: string | undefined) => (next && /^\/(?![/\\])/.test(next) ? next : '/dashboard');

export function staffAuthRoutes(deps: SessionDeps): Router {
  const router = Router();
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  const json = express.json({ limit: '16kb' });

  router.get('/login', (req, res) => {
    res.type('html').send(renderLoginPage({ next: safeNext(String(req.query.next ?? '')) }));
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
    await startSession(deps, res, user.id);
    if (wantsJson) return res.json({ user: { id: user.id, name: user.name, role: user.role } });
    return res.redirect(303, safeNext(input.next));
  });

  router.post('/logout', async (req, res) => {
    await endSession(deps, req, res);
    res.redirect(303, '/login');
  });

  return router;
}
