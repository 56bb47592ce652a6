import { createHmac, randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { Unauthenticated } from '../../core/errors';
import type { Db } from '../../db/database';
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
  const token = readCookie(req, SESSION_COOKIE);
  if (!token) return undefined;
  return findSessionUser(deps.db, sessionId(deps.sessionSecret, token), deps.now());
}

/** Loads the logged-in staff user into res.locals.staff, or answers 401 (API) / redirects (pages). */
export function requireStaff(deps: SessionDeps, mode: 'api' | 'page'): RequestHandler {
  return async (req, res, next) => {
    const staff = await currentStaff(deps, req);
    if (staff) {
      res.locals.staff = staff;
      return next();
    }
    if (mode === 'page') return res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
    throw new Unauthenticated();
  };
}

export function staffOf(res: Response): StaffUser {
  return res.locals.staff as StaffUser;
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
