import type { Request, Response } from 'express';
import { z } from 'zod';
import { openText, sealText } from './sealed-text';

export const SSO_COOKIE = 'malbar_sso';
const COOKIE_PATH = '/login/sso';
/** Long enough to type a password and approve a second factor at the IdP. */
const LIFETIME_MS = 10 * 60_000;

/** Between the redirect to the IdP and its answer: who is signing in where, and what to check. */
const SignInState = z.object({
  municipalityId: z.string(),
  codeVerifier: z.string(),
  state: z.string(),
  nonce: z.string(),
  next: z.string(),
  expiresAt: z.number(),
});
export type SignInState = z.infer<typeof SignInState>;

export interface CookieDeps {
  sessionSecret: string;
  secureCookies: boolean;
  now: () => Date;
}

/**
 * Sealed (AES-256-GCM) rather than only signed: the PKCE verifier stays unreadable to anything
 * that logs cookies. SameSite=Lax: the IdP sends the browser back with a top-level GET.
 */
export function setSignInCookie(
  deps: CookieDeps,
  res: Response,
  state: Omit<SignInState, 'expiresAt'>,
): void {
  const expiresAt = deps.now().getTime() + LIFETIME_MS;
  res.cookie(
    SSO_COOKIE,
    sealText(deps.sessionSecret, 'sso-sign-in-state', JSON.stringify({ ...state, expiresAt })),
    {
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.secureCookies,
      path: COOKIE_PATH,
      expires: new Date(expiresAt),
    },
  );
}

/** The state this browser started with, or undefined when missing, altered or expired. */
export function readSignInCookie(deps: CookieDeps, req: Request): SignInState | undefined {
  const sealed = cookieValue(req, SSO_COOKIE);
  const text = sealed && openText(deps.sessionSecret, 'sso-sign-in-state', sealed);
  if (!text) return undefined;
  const parsed = SignInState.safeParse(JSON.parse(text));
  if (!parsed.success || parsed.data.expiresAt <= deps.now().getTime()) return undefined;
  return parsed.data;
}

/** One use: a callback replayed with the same cookie finds nothing. */
export function clearSignInCookie(res: Response): void {
  res.clearCookie(SSO_COOKIE, { path: COOKIE_PATH });
}

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
