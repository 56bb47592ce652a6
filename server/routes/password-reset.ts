import express, { Router } from 'express';
import { ValidationFailed } from '../../core/errors';
import type { Db } from '../../db/database';
import type { JobQueue } from '../../jobs/define-job';
import { clientAddress } from '../http/client-address';
import { pickLocale } from '../http/pick-locale';
import type { ResetRequestThrottle } from '../throttle/reset-request-throttle';
import {
  renderForgotPasswordPage,
  renderResetLinkRefusedPage,
  renderResetPasswordPage,
} from '../pages/password-reset-pages';
import {
  checkResetLink,
  requestPasswordReset,
  resetPasswordWithLink,
} from '../use-cases/password-reset-by-mail';

export interface PasswordResetRouteDeps {
  db: Db;
  queue: JobQueue;
  sessionSecret: string;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
  resetThrottle: ResetRequestThrottle;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Forgot password?" and the links it mails. */
export function passwordResetRoutes(deps: PasswordResetRouteDeps): Router {
  const router = Router();
  const forms = express.urlencoded({ extended: false, limit: '16kb' });

  router.get('/login/forgot', (req, res) => {
    res.type('html').send(renderForgotPasswordPage({ locale: pickLocale(req, 'da') }));
  });
  // The answer goes out before the address is looked up: the same words and the same time whether
  // or not an account exists. A failure is only logged; the person can ask again.
  // Past the throttle's limits nothing happens at all (no mail, no audit row); the answer is the same.
  router.post('/login/forgot', forms, async (req, res) => {
    const address = clientAddress(req);
    const typed: unknown = (req.body as Record<string, unknown> | undefined)?.email;
    const allowed = await deps.resetThrottle.allow(typeof typed === 'string' ? typed : '', address);
    res.type('html').send(renderForgotPasswordPage({ locale: pickLocale(req, 'da'), sent: true }));
    if (!allowed) return;
    requestPasswordReset(deps, req.body, address).catch((error: unknown) => {
      if (!(error instanceof ValidationFailed)) deps.log('password reset request failed', error);
    });
  });

  router.get('/login/reset/:resetId/:token', async (req, res) => {
    const { resetId, token } = req.params;
    if (!UUID.test(resetId))
      return res
        .status(400)
        .type('html')
        .send(renderResetLinkRefusedPage('invalid', pickLocale(req, 'da')));
    const link = await checkResetLink(deps, resetId, token);
    if (!link.ok)
      return res
        .status(statusOf(link.why))
        .type('html')
        .send(renderResetLinkRefusedPage(link.why, pickLocale(req, 'da')));
    res.set('Referrer-Policy', 'no-referrer');
    return res
      .type('html')
      .send(
        renderResetPasswordPage({ locale: pickLocale(req, 'da'), path: req.path, email: link.reset.email }),
      );
  });
  router.post('/login/reset/:resetId/:token', forms, async (req, res) => {
    const { resetId, token } = req.params;
    if (!UUID.test(resetId))
      return res
        .status(400)
        .type('html')
        .send(renderResetLinkRefusedPage('invalid', pickLocale(req, 'da')));
    const link = await checkResetLink(deps, resetId, token);
    if (!link.ok)
      return res
        .status(statusOf(link.why))
        .type('html')
        .send(renderResetLinkRefusedPage(link.why, pickLocale(req, 'da')));
    try {
      const done = await resetPasswordWithLink(deps, link.reset, req.body, clientAddress(req));
      if (!done)
        return res
          .status(410)
          .type('html')
          .send(renderResetLinkRefusedPage('used', pickLocale(req, 'da')));
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      const page = renderResetPasswordPage({
        locale: pickLocale(req, 'da'),
        path: req.path,
        email: link.reset.email,
        issues: error.details,
      });
      return res.status(422).type('html').send(page);
    }
    return res.redirect(303, `/login?notice=password-reset&lang=${pickLocale(req, 'da')}`);
  });
  return router;
}

const statusOf = (why: 'invalid' | 'used' | 'expired') => (why === 'invalid' ? 400 : 410);
