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
import { pickLocale } from '../http/pick-locale';
import { translator, type Translate } from '../../core/messages/message-catalogue';
import { signInMessages } from '../../core/messages/sign-in-messages';
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

/** Notices the login page shows after another page sent the user there (`?notice=…`). */
const NOTICES = { 'password-reset': 'signIn.passwordChanged' } as const;
const noticeKey = (asked: unknown) =>
  typeof asked === 'string' && Object.hasOwn(NOTICES, asked)
    ? NOTICES[asked as keyof typeof NOTICES]
    : undefined;

export function staffAuthRoutes(deps: SessionDeps & { signInThrottle: SignInThrottle }): Router {
  const router = Router();
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  const json = express.json({ limit: '16kb' });

  // The login page in the browser's language (or the one its language links ask for), with the
  // buttons of municipalities that sign in with their own accounts.
  const loginPage = async (
    req: express.Request,
    opts: { next: string; error?: (t: Translate<typeof signInMessages>) => string; email?: string },
  ) => {
    const locale = pickLocale(req, 'da');
    const t = translator(signInMessages, locale);
    const notice = noticeKey(req.query.notice);
    const sso = ssoButtons(await ssoLoginChoices(deps.db), opts.next, locale);
    return renderLoginPage({
      locale,
      next: opts.next,
      email: opts.email,
      notice: notice && t(notice),
      error: opts.error?.(t),
      sso,
    });
  };

  router.get('/login', async (req, res) => {
    res.type('html').send(await loginPage(req, { next: safeNext(String(req.query.next ?? '')) }));
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
      const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
      const page = await loginPage(req, {
        next: safeNext(input.next),
        error: (t) => t('signIn.tooMany', { minutes }),
        email: input.email,
      });
      return res.status(429).set('Retry-After', String(error.retryAfterSeconds)).type('html').send(page);
    }
    const result = await signInWithPassword(deps, input.email, input.password, address);
    // Same answer for an unknown e-mail and a wrong password: the form must not reveal who has an account.
    if (!result.ok && result.reason === 'passwords_off') {
      const message = 'Your municipality signs in with its own accounts: use its button on the sign-in page';
      if (wantsJson) return res.status(403).json({ error: { code: 'forbidden', message } });
      const page = await loginPage(req, {
        next: safeNext(input.next),
        error: (t) => t('signIn.passwordsOff'),
      });
      return res.status(403).type('html').send(page);
    }
    if (!result.ok) {
      const message = 'E-mail or password is wrong';
      if (wantsJson) return res.status(401).json({ error: { code: 'unauthenticated', message } });
      const page = await loginPage(req, {
        next: safeNext(input.next),
        error: (t) => t('signIn.wrong'),
        email: input.email,
      });
      return res.status(401).type('html').send(page);
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
