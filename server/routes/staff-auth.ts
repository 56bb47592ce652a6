import express, { Router } from 'express';
import { z } from 'zod';
import { isQualityStaff, mayAct } from '../../core/org/scope';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import {
  CHANGE_PASSWORD_PAGE,
  currentStaff,
  endSession,
  requireStaff,
  startSession,
  staffOf,
  type SessionDeps,
} from '../auth/staff-sessions';
import { clientAddress } from '../http/client-address';
import { parseInput } from '../http/parse';
import { renderLoginPage } from '../pages/login-page';
import { signInWithPassword } from '../use-cases/sign-in-with-password';
import { auditThrottledSignIn } from '../auth/audit-throttled-sign-in';
import type { SignInThrottle } from '../throttle/sign-in-throttle';
import { TooManyAttempts } from '../../core/errors';
import { ssoButtons } from '../pages/sso-buttons';
import { ssoLoginChoices } from '../use-cases/sso-login-choices';

const Login = z.object({
  email: z.email(),
  password: z.string().min(1).max(200),
  next: z.string().optional(),
});

/** Only local paths: a login link must not be able to send staff to another site. */
// Browsers read '/\host' like '//host', so neither a second slash nor a backslash may follow the first.
// Staff land in the dashboard app; a link from elsewhere in Målbar comes back to where it pointed.
export const safeNext = (next: string | undefined) => (next && /^\/(?![/\\])/.test(next) ? next : '/app');

const NOTICES: Record<string, string> = {
  'password-reset': 'Your password is changed. Log in with it.',
};

export function staffAuthRoutes(deps: SessionDeps & { signInThrottle: SignInThrottle }): Router {
  const router = Router();
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  const json = express.json({ limit: '16kb' });

  router.get('/login', async (req, res) => {
    const next = safeNext(String(req.query.next ?? ''));
    const notice = NOTICES[String(req.query.notice ?? '')];
    const sso = ssoButtons(await ssoLoginChoices(deps.db), next);
    res.type('html').send(renderLoginPage({ next, notice, sso }));
  });

  router.post('/login', forms, json, async (req, res) => {
    const wantsJson = req.is('application/json');
    const input = parseInput(Login, req.body, 'login');
    // Behind a load balancer, the client's address only with TRUST_PROXY (main/config.ts).
    const address = clientAddress(req);
    try {
      // Before the password: while blocked, even the right one is not checked.
      await deps.signInThrottle.beforeAttempt(
        input.email,
        address,
        auditThrottledSignIn(deps, input.email, address),
      );
    } catch (error) {
      if (wantsJson || !(error instanceof TooManyAttempts)) throw error;
      res.status(429).set('Retry-After', String(error.retryAfterSeconds)).type('html');
      return res.send(
        renderLoginPage({ next: safeNext(input.next), error: error.message, email: input.email }),
      );
    }
    const result = await signInWithPassword(deps, input.email, input.password, address);
    // Same answer for an unknown e-mail and a wrong password: the form must not reveal who has an account.
    if (!result.ok && result.reason === 'passwords_off') {
      const message = 'Your municipality signs in with its own accounts: use its button on the sign-in page';
      if (wantsJson) return res.status(403).json({ error: { code: 'forbidden', message } });
      return res
        .status(403)
        .type('html')
        .send(renderLoginPage({ next: safeNext(input.next), error: message }));
    }
    if (!result.ok) {
      const message = 'E-mail or password is wrong';
      if (wantsJson) return res.status(401).json({ error: { code: 'unauthenticated', message } });
      return res
        .status(401)
        .type('html')
        .send(renderLoginPage({ next: safeNext(input.next), error: message, email: input.email }));
    }
    const { user } = result;
    await deps.signInThrottle.afterSuccess(input.email, address);
    await startSession(deps, res, user.id);
    if (wantsJson)
      return res.json({
        user: { id: user.id, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword },
      });
    return res.redirect(303, user.mustChangePassword ? CHANGE_PASSWORD_PAGE : safeNext(input.next));
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
    const staff = await currentStaff(deps, req);
    await endSession(deps, req, res);
    if (staff)
      await recordAuditEvent(
        deps.db,
        {
          municipalityId: staff.municipalityId,
          actorUserId: staff.id,
          actor: staff.email,
          action: 'sign_out',
          address: clientAddress(req),
        },
        deps.now(),
      );
    res.redirect(303, '/login');
  });

  return router;
}
