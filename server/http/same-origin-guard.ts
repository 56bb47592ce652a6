import type { Request, RequestHandler } from 'express';
import { Forbidden } from '../../core/errors';
import { SESSION_COOKIE } from '../auth/staff-sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Respondents' answers and drafts: no session, so nothing for another site to borrow. The code
 * in the address is what lets one answer, and a page elsewhere that has it could as well send the
 * answer itself; the rate limits per link and token hold either way.
 */
const RESPONDENT_API = /^\/api\/[st]\/[^/]+\/(responses|draft)$/;

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * Cross-site request forgery: a change made with a staff session must come from Målbar's own
 * pages. Browsers say where a request comes from in `Origin` (every browser, on every POST, PUT,
 * PATCH and DELETE) or at least `Referer`; a request with neither, or from any other origin, is
 * refused. SameSite=Lax on the cookie does not cover another site under the same domain
 * (evil.kommune.dk → malbar.kommune.dk). Scripts that call the API with a session send
 * `Origin: <PUBLIC_URL>` like a browser.
 *
 * Målbar's own origin is the one its links use: PUBLIC_URL's, or in development the server's own
 * address (http://127.0.0.1:3000 by default; not the Host header).
 */
export function sameOriginGuard(publicUrl: string): RequestHandler {
  const own = originOf(publicUrl);
  if (!own) throw new Error(`not a URL: ${publicUrl}`);
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || RESPONDENT_API.test(req.path) || !hasSession(req)) return next();
    const from = requestOrigin(req);
    if (from === own) return next();
    throw new Forbidden(
      from
        ? `This change came from another site (${from}); Målbar takes changes only from its own pages (${own})`
        : `This change does not say which page it came from (no Origin or Referer header); Målbar takes changes only from its own pages (${own})`,
    );
  };
}

/** Origin, or Referer's origin where a browser sent no Origin; 'null' (an opaque origin) is none. */
function requestOrigin(req: Request): string | null {
  const origin = req.get('origin');
  if (origin && origin !== 'null') return origin;
  const referer = req.get('referer');
  return referer ? originOf(referer) : null;
}

const hasSession = (req: Request) =>
  (req.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
