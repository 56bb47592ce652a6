import * as client from 'openid-client';
import { isLoopbackUrl } from '../../core/staff/sso-settings-input';

/** What Målbar asks every IdP for; the groups come as a claim of these (Entra ID: "Add groups claim"). */
const SCOPE = 'openid email profile';
const DISCOVERY_TTL_MS = 3600_000;

export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Asked for besides SCOPE, space-separated ('' for none). */
  extraScopes: string;
  /** Changes whenever the settings do, so a cached discovery never outlives them. */
  version: string;
}

/** What the callback must check, kept in the sealed sign-in cookie between redirect and callback. */
export interface SignInChecks {
  codeVerifier: string;
  state: string;
  nonce: string;
}

export interface OidcClients {
  /** The IdP's address to send the browser to, and the checks its answer must pass. */
  start(settings: OidcClientSettings, redirectUri: string): Promise<{ url: URL; checks: SignInChecks }>;
  /**
   * Exchanges the code (PKCE, state, nonce checked) and returns the user's claims; `needed` are
   * the claims to ask the userinfo endpoint for when the ID token lacks them.
   */
  finish(
    settings: OidcClientSettings,
    callbackUrl: URL,
    checks: SignInChecks,
    needed: string[],
  ): Promise<Record<string, unknown>>;
}

/**
 * OpenID Connect with openid-client: discovery once per issuer and settings (an hour at most), the
 * authorisation code flow with PKCE, state and nonce. openid-client refuses http:// issuers; only
 * a provider on this machine (tests) is let through.
 */
export function oidcClients(now: () => Date): OidcClients {
  const cache = new Map<string, { at: number; config: Promise<client.Configuration> }>();

  function configuration(settings: OidcClientSettings): Promise<client.Configuration> {
    const key = `${settings.issuer}\n${settings.clientId}\n${settings.version}`;
    const cached = cache.get(key);
    if (cached && now().getTime() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    const issuer = new URL(settings.issuer);
    const config = client.discovery(
      issuer,
      settings.clientId,
      undefined,
      client.ClientSecretPost(settings.clientSecret),
      isLoopbackUrl(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    // A failed discovery (IdP down) is not kept: the next sign-in tries again.
    config.catch(() => cache.delete(key));
    cache.set(key, { at: now().getTime(), config });
    return config;
  }

  return {
    async start(settings, redirectUri) {
      const config = await configuration(settings);
      const checks = {
        codeVerifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: [SCOPE, settings.extraScopes].filter(Boolean).join(' '),
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        state: checks.state,
        nonce: checks.nonce,
      });
      return { url, checks };
    },

    async finish(settings, callbackUrl, checks, needed) {
      const config = await configuration(settings);
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims: Record<string, unknown> = { ...tokens.claims()! };
      // Entra ID puts e-mail and groups in the ID token; providers that follow the spec to the
      // letter (oidc-provider) answer them at the userinfo endpoint only. The ID token wins.
      // (Entra ID leaves out the groups claim of a user in no group: one userinfo call more.)
      const missing = needed.some((name) => claims[name.split('.')[0]!] === undefined);
      if (missing && config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub as string);
        return { ...info, ...claims };
      }
      return claims;
    },
  };
}
