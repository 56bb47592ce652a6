import { createHmac, randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { Forbidden, PasswordChangeRequired, Unauthenticated } from '../../core/errors';
import type { Db } from '../../db/database';
import { findApiTokenReader } from '../../db/repositories/api-tokens';
import {
  createStaffSession,
  deleteStaffSession,
  findSessionUser,
  type StaffUser,
} from '../../db/repositories/staff';

export const SESSION_COOKIE = 'malbar_session';
const SESSION_HOURS = 12;

export interface SessionDeps {
  db: Db;
  sessionSecret: string;
  now: () => Date;
  secureCookies: boolean;
}

/** The table stores an HMAC of the cookie's token: reading the table gives no usable cookie. */
const sessionId = (secret: string, token: string) =>
  createHmac('sha256', secret).update(token).digest('base64url');

export async function startSession(deps: SessionDeps, res: Response, userId: string): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(deps.now().getTime() + SESSION_HOURS * 3600_000);
  await createStaffSession(deps.db, { id: sessionId(deps.sessionSecret, token), userId, expiresAt });
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.secureCookies,
    expires: expiresAt,
    path: '/',
  });
}

export async function endSession(deps: SessionDeps, req: Request, res: Response): Promise<void> {
  const token = readCookie(req, SESSION_COOKIE);
  if (token) await deleteStaffSession(deps.db, sessionId(deps.sessionSecret, token));
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

export async function currentStaff(deps: SessionDeps, req: Request): Promise<StaffUser | undefined> {
  return (await currentSession(deps, req))?.staff;
}

async function currentSession(
  deps: SessionDeps,
  req: Request,
): Promise<{ id: string; staff: StaffUser } | undefined> {
  const token = readCookie(req, SESSION_COOKIE);
  if (!token) return undefined;
  const id = sessionId(deps.sessionSecret, token);
  const staff = await findSessionUser(deps.db, id, deps.now());
  return staff && { id, staff };
}

/** Where a user signed in with a one-time password is sent, whatever page they asked for. */
export const CHANGE_PASSWORD_PAGE = '/login/password';

/**
 * Loads the logged-in staff user into res.locals.staff, or answers 401 (API) / redirects (pages).
 * A user still on a one-time password gets only the pages that change it (`forPasswordChange`):
 * every other page redirects there and every other API answers 403 password_change_required.
 * Checked here, once, so no route can forget it.
 */
export function requireStaff(
  deps: SessionDeps,
  mode: 'api' | 'page',
  options: { forPasswordChange?: boolean } = {},
): RequestHandler {
  return async (req, res, next) => {
    const session = await currentSession(deps, req);
    if (!session && mode === 'api' && bearerToken(req) !== undefined)
      return readWithApiToken(deps, req, res, next);
    if (!session) {
      if (mode === 'page') return res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
      throw new Unauthenticated();
    }
    if (session.staff.mustChangePassword && !options.forPasswordChange) {
      if (mode === 'page' && req.method === 'GET') return res.redirect(303, CHANGE_PASSWORD_PAGE);
      throw new PasswordChangeRequired();
    }
    res.locals.staff = session.staff;
    res.locals.sessionId = session.id;
    return next();
  };
}

/** What an API token is as a string: made by issueApiToken (server/use-cases/api-tokens.ts). */
export const API_TOKEN_PREFIX = 'mlb_';

/** The token's HMAC, as api_tokens stores it: the table gives no usable token. */
export const apiTokenHash = (secret: string, token: string) =>
  createHmac('sha256', secret).update(`api-token:${token}`).digest('base64url');

/**
 * A BI tool's request with `Authorization: Bearer mlb_…`: it reads as a staff member of the token's
 * role and scope (the same routes, scope checks and suppression) and may only read.
 */
async function readWithApiToken(
  deps: SessionDeps,
  req: Request,
  res: Response,
  next: (error?: unknown) => void,
): Promise<void> {
  const token = bearerToken(req)!;
  const today = deps.now().toISOString().slice(0, 10);
  const reader = token.startsWith(API_TOKEN_PREFIX)
    ? await findApiTokenReader(deps.db, apiTokenHash(deps.sessionSecret, token), today)
    : undefined;
  if (!reader) throw new Unauthenticated('The API token is not valid (unknown or revoked)');
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new Forbidden('An API token only reads');
  res.locals.staff = reader;
  res.locals.apiToken = true;
  next();
}

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

export function staffOf(res: Response): StaffUser {
  return res.locals.staff as StaffUser;
}

/** The id of the session making the request (after requireStaff), to keep it when ending the others. */
export function sessionIdOf(res: Response): string {
  return res.locals.sessionId as string;
}

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined; // a broken %-escape is no session (our tokens are base64url)
    }
  }
  return undefined;
}
