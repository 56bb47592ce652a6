import { Router, type Request, type Response } from 'express';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { findMunicipalityBySlug } from '../../db/repositories/municipalities';
import { findSsoSettings, type SsoSettings } from '../../db/repositories/sso-settings';
import type { OidcClients, OidcClientSettings } from '../auth/oidc-client';
import { openText } from '../auth/sealed-text';
import { clearSignInCookie, readSignInCookie, setSignInCookie } from '../auth/sso-sign-in-cookie';
import { startSession, type SessionDeps } from '../auth/staff-sessions';
import { pickLocale } from '../http/pick-locale';
import { renderSsoRefusedPage, type SsoPageReason } from '../pages/sso-refused-page';
import { signInWithSso } from '../use-cases/sso-sign-in';
import { safeNext } from './staff-auth';

export type SsoSignInDeps = SessionDeps & {
  publicUrl: string;
  oidc: OidcClients;
  log: (message: string, error?: unknown) => void;
};

export const SSO_CALLBACK_PATH = '/login/sso/callback';

const STATUS: Partial<Record<SsoPageReason, number>> = {
  expired: 400,
  idp_refused: 400,
  not_configured: 404,
  settings_unreadable: 503,
  idp_unreachable: 503,
};

const answer = (req: Request, res: Response, reason: SsoPageReason) =>
  res
    .status(STATUS[reason] ?? 403)
    .type('html')
    .send(renderSsoRefusedPage(reason, pickLocale(req, 'da')));

/** The settings openid-client needs; undefined when the secret no longer opens (SESSION_SECRET changed). */
function clientSettings(secret: string, settings: SsoSettings): OidcClientSettings | undefined {
  const clientSecret = openText(secret, 'sso-client-secret', settings.clientSecretSealed);
  if (clientSecret === undefined) return undefined;
  return { ...settings, clientSecret, version: settings.updatedAt.toISOString() };
}

/**
 * Sign-in with the municipality's own accounts (OpenID Connect, authorisation code with PKCE):
 * the button sends the browser to the IdP; the IdP sends it back to the callback, which starts an
 * ordinary Målbar session. What must be checked on the way back travels in a sealed cookie.
 */
export function ssoSignInRoutes(deps: SsoSignInDeps): Router {
  const router = Router();
  const redirectUri = `${deps.publicUrl}${SSO_CALLBACK_PATH}`;

  router.get(SSO_CALLBACK_PATH, async (req, res) => {
    const started = readSignInCookie(deps, req);
    clearSignInCookie(res);
    if (!started) return answer(req, res, 'expired');
    const settings = await findSsoSettings(deps.db, started.municipalityId);
    const client = settings && clientSettings(deps.sessionSecret, settings);
    if (!settings || !client) return answer(req, res, settings ? 'settings_unreadable' : 'not_configured');
    let claims: Record<string, unknown>;
    try {
      const callbackUrl = new URL(req.originalUrl, deps.publicUrl);
      claims = await deps.oidc.finish(client, callbackUrl, started, ['email', settings.groupsClaim]);
    } catch (error) {
      // A tampered or replayed answer, the IdP's own refusal (access_denied), or a wrong secret.
      const detail = { method: 'sso', reason: 'idp_answer_refused', error: describe(error) };
      const event = { municipalityId: settings.municipalityId, actorUserId: null, actor: 'unknown' };
      await recordAuditEvent(
        deps.db,
        { ...event, action: 'sign_in_failed', address: req.ip, detail },
        deps.now(),
      );
      return answer(req, res, 'idp_refused');
    }
    const outcome = await signInWithSso(deps, {
      municipalityId: settings.municipalityId,
      issuer: settings.issuer,
      groupsClaim: settings.groupsClaim,
      claims,
      address: req.ip,
    });
    if (outcome.kind === 'refused') return answer(req, res, outcome.reason);
    await startSession(deps, res, outcome.userId);
    res.redirect(303, safeNext(started.next));
  });

  router.get('/login/sso/:slug', async (req, res) => {
    const municipality = await findMunicipalityBySlug(deps.db, req.params.slug);
    const settings = municipality && (await findSsoSettings(deps.db, municipality.id));
    const client = settings && clientSettings(deps.sessionSecret, settings);
    if (!settings || !client) return answer(req, res, settings ? 'settings_unreadable' : 'not_configured');
    let started: Awaited<ReturnType<OidcClients['start']>>;
    try {
      started = await deps.oidc.start(client, redirectUri);
    } catch (error) {
      deps.log(`discovery of ${settings.issuer} failed`, error);
      return answer(req, res, 'idp_unreachable');
    }
    setSignInCookie(deps, res, {
      municipalityId: settings.municipalityId,
      ...started.checks,
      next: safeNext(typeof req.query.next === 'string' ? req.query.next : undefined),
    });
    res.redirect(303, started.url.href);
  });

  return router;
}

/** openid-client's errors name what failed (state mismatch, unexpected nonce …): kept for the audit. */
function describe(error: unknown): string {
  const parts: string[] = [];
  // openid-client wraps what oauth4webapi found (its `cause`): both say something.
  for (let e = error; e instanceof Error && parts.length < 3; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    parts.push(`${typeof code === 'string' ? `${code}: ` : ''}${e.message}`);
  }
  return (parts.join(' ← ') || 'unknown').slice(0, 300);
}
